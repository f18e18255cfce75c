using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Hooks.Contracts.Platform;
using Hooks.Plugins.PackageBuilds.Configuration;
using Hooks.Plugins.PackageBuilds.Storage;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.PackageBuilds.Building;

/// <summary>
/// Tells of a failed build as amp_ci did: a mail to the pusher (or the configured addresses), subject
/// <c>AMP build failed for {repository}/{commit_id}</c> by default, with the exit code and the end of the log; and/or a
/// post to a chat webhook. A notice that cannot be sent is logged: the build's result stands.
/// </summary>
public sealed partial class FailureNotice(
    BuildSettings settings, IMailSender mail, IRunLogs logs, IHttpClientFactory http, BuildLinks links, ILogger<FailureNotice> logger)
{
    private NotifyConfig Notify => settings.Config.Notify;

    public async Task SendAsync(BuildRecord build, BuildOutcome outcome, RunLogId log)
    {
        string subject = Placeholders.Fill(Notify.Subject, BuildEnvironment.Placeholders(build, build.Commit ?? ""));
        if (Notify.Smtp is { } smtp)
        {
            await MailAsync(smtp, build, outcome, log, subject);
        }

        if (Notify.ChatUrl is { } chat)
        {
            await PostAsync(chat, build, outcome, subject);
        }
    }

    private async Task MailAsync(SmtpSettings smtp, BuildRecord build, BuildOutcome outcome, RunLogId log, string subject)
    {
        var to = Notify.To.ToList();
        if (Notify.ToPusher && build.PusherEmail is { Length: > 0 } pusher && !to.Contains(pusher, StringComparer.OrdinalIgnoreCase))
        {
            to.Insert(0, pusher);
        }

        if (to.Count == 0)
        {
            Log.NoRecipient(logger, build.Id);
            return;
        }

        try
        {
            string body = await BodyAsync(build, outcome, log);
            await mail.SendAsync(smtp with { Password = settings.Options.SmtpPassword }, new OutgoingMail(Notify.From, to, subject, body), CancellationToken.None);
        }
        catch (MailNotSentException error)
        {
            Log.MailNotSent(logger, build.Id, error.Message);
        }
    }

    private async Task<string> BodyAsync(BuildRecord build, BuildOutcome outcome, RunLogId log)
    {
        var info = await logs.FindAsync(log, CancellationToken.None);
        long lastLine = info?.Lines ?? 0;
        int keep = settings.Options.MailLogLines;
        var tail = await logs.ReadAsync(log, Math.Max(0, lastLine - keep), keep, CancellationToken.None);
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Greetings and salutations {build.PusherName ?? "there"}!")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The build for {build.Repository} commit {build.Commit} in the branch {build.Ref} has failed: {outcome.Reason}.")
            .AppendLine(outcome.ExitCode is { } code ? $"The script returned an rc of {code} and ended its output with:" : "Its log ended with:")
            .AppendLine("----");
        foreach (var line in tail)
        {
            body.AppendLine(line.Text);
        }

        return body.AppendLine("----")
            .AppendLine(CultureInfo.InvariantCulture, $"The whole log: {links.Build(build.Id)}")
            .AppendLine()
            .AppendLine("Sorry about that.")
            .Append("Hooks package builds").ToString();
    }

    private async Task PostAsync(Uri chat, BuildRecord build, BuildOutcome outcome, string subject)
    {
        try
        {
            using var client = http.CreateClient(PackageBuildsPlugin.Id);
            using var response = await client.PostAsJsonAsync(chat, new { text = $"{subject}: {outcome.Reason} ({links.Build(build.Id)})" });
            if (!response.IsSuccessStatusCode)
            {
                Log.ChatNotPosted(logger, build.Id, $"the chat webhook answered {(int)response.StatusCode}");
            }
        }
        catch (HttpRequestException error)
        {
            Log.ChatNotPosted(logger, build.Id, error.Message);
        }
        catch (TaskCanceledException error)
        {
            Log.ChatNotPosted(logger, build.Id, error.Message);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Build {Build} failed and nobody is known to mail (no pusher address, no notify.to)")]
        public static partial void NoRecipient(ILogger logger, Guid build);

        [LoggerMessage(Level = LogLevel.Error, Message = "Failure mail of build {Build} not sent: {Error}")]
        public static partial void MailNotSent(ILogger logger, Guid build, string error);

        [LoggerMessage(Level = LogLevel.Error, Message = "Failure of build {Build} not posted to chat: {Error}")]
        public static partial void ChatNotPosted(ILogger logger, Guid build, string error);
    }
}
