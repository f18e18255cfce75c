namespace Hooks.Gateway.Sources;

/// <summary>One forge installation that posts to us: <c>Hooks:Sources:&lt;name&gt;</c>.</summary>
public sealed class SourceOptions
{
    /// <summary>GitHub, GitLab, Gitea (Forgejo too), BitbucketCloud or BitbucketServer, in any case.</summary>
    public string Forge { get; set; } = "";

    /// <summary>The webhook secret: HMAC key (GitHub, Gitea, Bitbucket) or the <c>X-Gitlab-Token</c> value.</summary>
    public string? Secret { get; set; }

    /// <summary>GitLab only: the hook's signing token (<c>whsec_...</c>, Standard Webhooks).</summary>
    public string? SigningToken { get; set; }

    /// <summary>Accept deliveries without any check. Off unless said, so a source without a secret rejects everything.</summary>
    public bool AllowUnsigned { get; set; }

    /// <summary>The forge's API address, for the gateway's forge clients (commit statuses, files, pipelines).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The most API requests a second the gateway makes to this source (all plugins together); 0: no limit.</summary>
    public double ApiRate { get; set; }

    /// <summary>The forge API token the gateway's clients use; plugins never see it.</summary>
    public string? Token { get; set; }
}
