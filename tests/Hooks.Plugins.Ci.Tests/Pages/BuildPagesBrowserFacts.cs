using Hooks.Plugins.Ci.Tests.Support;
using Hooks.Testing;
using Microsoft.Playwright;

namespace Hooks.Plugins.Ci.Tests.Pages;

/// <summary>The recent builds, a repository's history and a build's page in Chromium: stages and log follow the build live.</summary>
public sealed class BuildPagesBrowserFacts : IAsyncLifetime
{
    private readonly CiGateway _gateway = new();
    private readonly Chromium _chromium = new();
    private IBrowserContext _browser = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _gateway.UseKestrel(0);
        _gateway.StartServer();
        _address = _gateway.CreateClient().BaseAddress!;
        await _chromium.InitializeAsync();
        _browser = await _chromium.Browser.NewContextAsync();
    }

    [Fact]
    public async Task A_build_s_page_shows_its_stages_and_log_as_they_come_and_the_lists_link_to_it()
    {
        var repo = _gateway.Repository("app");
        repo.Commit("gate", "");
        string hash = await _gateway.PushConfigAsync("app", """
            machineTag: shell
            buildTool: sh
            branches: [ALL]
            stages:
              - name: first
                script: ['echo step 1']
              - name: Second
                script: ['while test -f gate; do sleep 0.2; done', 'printf "\033[32mstep 2 in green\033[0m\n"']
              - name: docs
                triggers: ['\filepath docs/']
                script: [echo never]
            """);
        var running = await _gateway.WaitForBuildsAsync(b => b.Length == 1 && b[0].Status == "RUNNING", "the build to run");

        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(_address, $"/plugins/ci/builds/{running[0].BuildId}").ToString());
        var log = page.FrameLocator("iframe.log").Locator("#log");
        await Assertions.Expect(log).ToContainTextAsync("FIRST | step 1", new() { Timeout = 15000 });
        await Assertions.Expect(page.Locator("#stages tbody tr").Filter(new() { HasText = "completed first stage ✓" })).ToHaveCountAsync(1, new() { Timeout = 15000 });
        await Assertions.Expect(page.Locator("#status .status")).ToHaveTextAsync("RUNNING");

        await OpenGateAsync(hash);
        await Assertions.Expect(log).ToContainTextAsync("step 2 in green", new() { Timeout = 15000 });
        await Assertions.Expect(page.Locator("#status .status")).ToHaveTextAsync("PASSED", new() { Timeout = 15000 });
        await Assertions.Expect(page.Locator("#stages tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("#stages tbody tr").Nth(4)).ToContainTextAsync("skipping because the current changeset does not meet the trigger conditions");
        await Assertions.Expect(page.Locator("#signaled")).ToHaveTextAsync("PUSH (ada)");

        await page.GotoAsync(new Uri(_address, "/plugins/ci/?status=PASSED").ToString());
        var row = page.Locator($"tr[data-build='{running[0].BuildId}']");
        await Assertions.Expect(row).ToContainTextAsync("org/app");
        await Assertions.Expect(row).ToContainTextAsync(hash[..7]);
        await Assertions.Expect(row.Locator(".status")).ToHaveTextAsync("PASSED");
        await page.GotoAsync(new Uri(_address, "/plugins/ci/?status=FAILED").ToString());
        await Assertions.Expect(page.Locator("#builds tbody tr")).ToHaveCountAsync(0);

        await page.GotoAsync(new Uri(_address, "/plugins/ci/").ToString());
        await page.Locator($"tr[data-build='{running[0].BuildId}'] a", new() { HasText = "org/app" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(_address, "/plugins/ci/repos/org/app").ToString());
        await page.Locator($"tr[data-build='{running[0].BuildId}'] a", new() { HasText = "#" + running[0].BuildId }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(_address, $"/plugins/ci/builds/{running[0].BuildId}").ToString());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hooks-ci-build.png"), FullPage = true });
    }

    /// <summary>The stage waits while its checkout has the file <c>gate</c>: removing it there lets the build go on.</summary>
    private Task OpenGateAsync(string hash)
    {
        foreach (string gate in Directory.GetFiles(_gateway.DataDirectory, "gate", SearchOption.AllDirectories).Where(p => p.Contains(hash[..12], StringComparison.Ordinal)))
        {
            File.Delete(gate);
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        await _chromium.DisposeAsync();
        _gateway.Dispose();
    }
}
