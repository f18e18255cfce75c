using System.Text.Json;
using Hooks.Gateway.Cli;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Cli;

/// <summary>The <c>hooks</c> verbs against a running gateway (in memory): what they print and how they exit.</summary>
public sealed class CliFacts(PluginGatewayFactory gateway) : IClassFixture<PluginGatewayFactory>
{
    private static readonly WebhookFixture GitLabIssue = WebhookFixture.Get("gitlab", "issue-opened.json");

    [Fact]
    public async Task Plugins_list_prints_each_plugin_with_its_state()
    {
        var (code, output, _) = await RunAsync("plugins", "list");

        Assert.Equal(0, code);
        Assert.Matches(@"(?m)^recorder\s+loaded\s+1\.0\.0\s+HookEvent", output);
        Assert.Matches(@"(?m)^broken\s+broken", output);
    }

    [Fact]
    public async Task Tokens_are_created_printed_once_listed_and_revoked()
    {
        var (created, output, _) = await RunAsync("tokens", "create", "--name", "cli-node", "--scope", "recorder-node", "--json");
        var token = JsonSerializer.Deserialize<JsonElement>(output);
        var (_, list, _) = await RunAsync("tokens", "list");
        string id = token.GetProperty("id").GetString()!;
        var (revoked, _, _) = await RunAsync("tokens", "revoke", id);
        var (again, _, error) = await RunAsync("tokens", "revoke", id);

        Assert.Equal(0, created);
        Assert.StartsWith("hks_", token.GetProperty("token").GetString(), StringComparison.Ordinal);
        Assert.Contains("cli-node", list, StringComparison.Ordinal);
        Assert.DoesNotContain(token.GetProperty("token").GetString()!, list, StringComparison.Ordinal);
        Assert.Equal(0, revoked);
        Assert.Equal(1, again);
        Assert.Contains($"no token {id} (HTTP 404)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliveries_are_listed_shown_and_replayed()
    {
        string id = await RecorderReads.Post(gateway, GitLabIssue);
        await Eventually.Get(() => RecorderReads.ReceivedFor(gateway.CreateClient(), id), r => r.Length == 1, "the recorder");

        var (listed, list, _) = await RunAsync("deliveries", "list", "--source", "gitlab", "--kind", "issue");
        var (shown, show, _) = await RunAsync("deliveries", "show", id);
        var (replayed, replay, _) = await RunAsync("deliveries", "replay", id, "--plugin", "recorder");

        Assert.Equal((0, 0, 0), (listed, shown, replayed));
        Assert.Matches($@"(?m)^{id}\s+\S+ \S+\s+gitlab\s+Issue Hook\s+issue\s+recorder:succeeded", list);
        Assert.Contains("Issue Hook from gitlab (GitLab)", show, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^recorder\s+succeeded\s+1", show);
        Assert.Equal("sent again to recorder", replay.Trim());
        await Eventually.Get(() => RecorderReads.ReceivedFor(gateway.CreateClient(), id), r => r.Length == 2, "the replay");
    }

    [Fact]
    public async Task Failed_call_exits_1_with_the_gateways_message()
    {
        var (wrongToken, _, refused) = await RunWithAsync(["plugins", "list", "--token", "wrong"]);
        var (badFilter, _, invalid) = await RunAsync("deliveries", "list", "--status", "bogus");
        var (unreachable, _, nobody) = await RunWithAsync(["plugins", "list", "--url", "http://127.0.0.1:9", "--token", GatewayFactory.AdminToken], handler: false);

        Assert.Equal((1, 1, 1), (wrongToken, badFilter, unreachable));
        Assert.Contains("needs the admin token", refused, StringComparison.Ordinal);
        Assert.Contains("status must be one of", invalid, StringComparison.Ordinal);
        Assert.Contains("no gateway answers at http://127.0.0.1:9/", nobody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plugin_check_tells_whether_a_folder_would_load_and_why_not()
    {
        var (loads, ok, _) = await RunAsync("plugins", "check", Path.Combine(FixturePlugins.Directory, "Hooks.Fixtures.Recorder"));
        using var empty = new TempDirectory("hooks-check");
        var (fails, why, _) = await RunAsync("plugins", "check", empty.Path);

        Assert.Equal(0, loads);
        Assert.Contains("loads as plugin 'recorder' 1.0.0; handles HookEvent; queues recorder (2 workers); scopes recorder-node, recorder-reader", ok, StringComparison.Ordinal);
        Assert.Equal(1, fails);
        Assert.Contains("does not load: expected the plugin's assembly at", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plugin_adds_a_verb_that_talks_to_the_gateway()
    {
        var (code, output, _) = await RunAsync("recorder", "greet", "Ada", "--punctuation", "!");
        var (_, help, _) = await RunAsync("--help");

        Assert.Equal(0, code);
        Assert.Equal("hello from the recorder's own section, Ada!", output.Trim());
        Assert.Contains("recorder", help, StringComparison.Ordinal);
        Assert.Contains("tokens", help, StringComparison.Ordinal);
    }

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) =>
        RunWithAsync([.. args, "--token", GatewayFactory.AdminToken]);

    private async Task<(int Code, string Output, string Error)> RunWithAsync(string[] args, bool handler = true)
    {
        _ = gateway.CreateClient();
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] withUrl = args.Contains("--url") ? args : [.. args, "--url", "http://localhost"];
        int code = await HooksCli.RunAsync(withUrl, output, error, handler ? gateway.Server.CreateHandler() : null, gateway.Settings["Hooks:Plugins:Directory"]);
        return (code, output.ToString(), error.ToString());
    }
}
