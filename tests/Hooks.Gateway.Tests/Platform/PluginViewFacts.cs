using Hooks.Contracts.Platform;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Platform;

/// <summary>The three services as a CI plugin uses them, taken from the running gateway's container.</summary>
public sealed class PluginViewFacts : IDisposable
{
    private readonly PlatformGateway _gateway = new();
    private readonly LocalGitRepository _origin = new("service");

    public void Dispose()
    {
        _gateway.Dispose();
        _origin.Dispose();
    }

    [Fact]
    public async Task A_commit_is_checked_out_its_script_runs_into_a_run_log_and_the_log_is_served()
    {
        _origin.Commit("version.txt", "1.2.3");
        string commit = _origin.Commit("ocelot.sh", "echo \"building $(cat version.txt)\"\nprintf '\\033[32mok\\033[0m\\n'\nsleep 0.2\necho 'a warning' >&2\nexit 0\n");
        _origin.Commit("version.txt", "9.9.9 (the branch moved on)");
        var run = new RunLogId("ci", Guid.NewGuid());

        // The pause keeps standard error's line after the others: the two pipes are read apart (MergeErrorIntoOutput is exact).
        ProcessResult result;
        await using (var workspace = await _gateway.Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, commit) { Log = run }, default))
        {
            await _gateway.RunLogs.AppendAsync(run, [new OutputLine(DateTimeOffset.UtcNow, OutputChannel.Output, $"$ sh ocelot.sh @ {commit[..8]}")], default);
            result = await _gateway.Processes.RunAsync(ProcessRequest.Command("sh", "ocelot.sh") with
            {
                WorkingDirectory = workspace.Path,
                Timeout = TimeSpan.FromMinutes(1),
                Log = run,
            }, default);
        }

        await _gateway.RunLogs.CompleteAsync(run, default);

        Assert.True(result.Succeeded);
        using var client = _gateway.CreateNetworkClient();
        string text = await client.GetStringAsync($"/runs/ci/{run.Run}/log?strip=true");
        Assert.EndsWith($"$ sh ocelot.sh @ {commit[..8]}\nbuilding 1.2.3\nok\na warning\n", text, StringComparison.Ordinal);
        string html = await client.GetStringAsync($"/runs/ci/{run.Run}/log?html=true");
        Assert.Contains("<span style=\"color:#0dbc79\">ok</span>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"err\">a warning</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("EventSource", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_following_a_run_gets_the_lines_of_a_script_as_it_writes_them()
    {
        var run = new RunLogId("ci", Guid.NewGuid());
        await _gateway.RunLogs.AppendAsync(run, [], default);
        using var client = _gateway.CreateNetworkClient();
        using var response = await client.GetAsync($"/runs/ci/{run.Run}/log/stream", HttpCompletionOption.ResponseHeadersRead);
        var events = new ServerSentEvents(await response.Content.ReadAsStreamAsync());

        var running = _gateway.Processes.RunAsync(ProcessRequest.Script("echo step 1; sleep 0.3; echo step 2") with { Log = run }, default);
        Assert.Equal("step 1", (await events.NextAsync())!.Data);
        Assert.False(running.IsCompleted, "the first line arrived while the script still ran");
        Assert.Equal("step 2", (await events.NextAsync())!.Data);
        await running;
        await _gateway.RunLogs.CompleteAsync(run, default);

        Assert.Equal("end", (await events.NextAsync())!.Type);
    }
}
