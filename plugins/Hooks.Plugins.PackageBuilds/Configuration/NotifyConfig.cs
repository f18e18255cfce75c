using Hooks.Contracts.Platform;

namespace Hooks.Plugins.PackageBuilds.Configuration;

/// <summary>Who hears of a failed build: mail through <see cref="Smtp"/> and/or a post to a chat webhook.</summary>
/// <param name="Smtp">The server (its password comes from the environment, never the file), or null for no mail.</param>
/// <param name="From">The sender address.</param>
/// <param name="ToPusher">Mail goes to whoever pushed.</param>
/// <param name="To">Mail goes to these addresses (beside the pusher when both are given).</param>
/// <param name="Subject">The subject, with placeholders.</param>
/// <param name="ChatUrl">A chat webhook (Slack, Mattermost, Teams, Rocket.Chat: a JSON <c>text</c> post), or null.</param>
public sealed record NotifyConfig(SmtpSettings? Smtp, string From, bool ToPusher, IReadOnlyList<string> To, string Subject, Uri? ChatUrl)
{
    public const string DefaultSubject = "AMP build failed for {repository}/{commit_id}";

    public static readonly NotifyConfig None = new(null, "", false, [], DefaultSubject, null);
}
