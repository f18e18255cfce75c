using Hooks.Contracts.Platform;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;
using Microsoft.Playwright;

namespace Hooks.Gateway.Tests.Platform;

/// <summary>A run's log page in Chromium: it follows a running script live, in colour, and says when the run finished.</summary>
public sealed class RunLogBrowserFacts : IAsyncLifetime
{
    private readonly PlatformGateway _gateway = new();
    private readonly Chromium _chromium = new();

    public Task InitializeAsync() => _chromium.InitializeAsync();

    [Fact]
    public async Task Log_page_shows_lines_of_a_running_script_as_they_come_then_that_it_finished()
    {
        var run = new RunLogId("ci", Guid.NewGuid());
        await _gateway.RunLogs.AppendAsync(run, [new OutputLine(DateTimeOffset.UtcNow, OutputChannel.Output, "$ ./build.sh")], default);
        await using var browser = await _chromium.AdminContextAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(_gateway.Address, $"/runs/ci/{run.Run}/log?html=true").ToString());
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("running");

        var script = _gateway.Processes.RunAsync(ProcessRequest.Script(
            "echo compiling; sleep 1; printf '\\033[32mtests passed\\033[0m\\n'; sleep 1; echo done") with { Log = run }, default);

        await Assertions.Expect(page.Locator("#log")).ToContainTextAsync("compiling", new() { Timeout = 10000 });
        Assert.False(script.IsCompleted, "the first line showed while the script still ran");
        await Assertions.Expect(page.Locator("#log span[style*='color']")).ToHaveTextAsync("tests passed", new() { Timeout = 10000 });
        await script;
        await _gateway.RunLogs.CompleteAsync(run, default);
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("finished", new() { Timeout = 10000 });
        await Assertions.Expect(page.Locator("#log")).ToContainTextAsync("done");
        Assert.Equal(4, await page.Locator("#log > span").CountAsync());
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        _gateway.Dispose();
    }
}
