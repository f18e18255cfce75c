using System.Net.Http.Json;
using Hooks.Plugins.Ci.Configuration;
using Hooks.Plugins.Ci.Storage;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.Ci.Building;

/// <summary>
/// Posts a build's end to a Slack-compatible incoming webhook per <c>notify.slack</c> (<c>on: [PASS, FAIL]</c>); the
/// identifier names the URL in <c>Hooks:Plugins:ci:Slack:&lt;identifier&gt;</c>. The words follow the status the build
/// really ended with. A post that fails is logged (never with the URL): the build's result stands.
/// </summary>
public sealed partial class SlackNotice(CiSettings settings, IHttpClientFactory http, BuildLinks links, ILogger<SlackNotice> logger)
{
    public async Task SendAsync(CiBuild build)
    {
        OcelotConfig config;
        try
        {
            config = OcelotYaml.Parse(build.Config ?? "");
        }
        catch (OcelotYamlException)
        {
            return;
        }

        if (config.Slack is not { } slack || !(build.Status == BuildStatus.Passed ? slack.OnPass : build.Failed && slack.OnFail))
        {
            return;
        }

        if (!settings.Options.Slack.TryGetValue(slack.Identifier, out string? url) || !Uri.TryCreate(url, UriKind.Absolute, out var webhook))
        {
            Log.NoWebhook(logger, build.Id, slack.Identifier);
            return;
        }

        try
        {
            using var client = http.CreateClient(CiPlugin.Id);
            using var response = await client.PostAsJsonAsync(webhook, new SlackMessage(slack.Channel is { Length: > 0 } channel ? channel : null, Text(build), "Hooks CI"));
            if (!response.IsSuccessStatusCode)
            {
                Log.NotPosted(logger, build.Id, $"the webhook answered {(int)response.StatusCode}");
            }
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            Log.NotPosted(logger, build.Id, error.GetType().Name);
        }
    }

    public string Text(CiBuild build)
    {
        string what = $"build {build.Id} of {build.AcctRepo} {build.Branch} ({build.Hash[..Math.Min(7, build.Hash.Length)]})";
        return build.Status == BuildStatus.Passed
            ? $"✓ {what} passed. {links.Build(build.Id)}"
            : $"✗ {what} failed: {build.Reason}. {links.Build(build.Id)}";
    }

    private sealed record SlackMessage(
        [property: System.Text.Json.Serialization.JsonPropertyName("channel")] string? Channel,
        [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text,
        [property: System.Text.Json.Serialization.JsonPropertyName("username")] string Username);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Build {Build} asks for Slack identifier {Identifier}, which names no webhook in Hooks:Plugins:ci:Slack")]
        public static partial void NoWebhook(ILogger logger, long build, string identifier);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Slack post of build {Build} failed: {Error}")]
        public static partial void NotPosted(ILogger logger, long build, string error);
    }
}
