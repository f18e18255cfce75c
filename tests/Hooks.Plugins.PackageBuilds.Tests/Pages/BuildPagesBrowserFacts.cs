using Hooks.Plugins.PackageBuilds.Tests.Support;
using Hooks.Testing;
using Microsoft.Playwright;

namespace Hooks.Plugins.PackageBuilds.Tests.Pages;

/// <summary>The builds page and a build's page in Chromium, as an operator sees them: the log follows the build live.</summary>
public sealed class BuildPagesBrowserFacts : IAsyncLifetime
{
    private readonly BuildsGateway _gateway = new();
    private readonly Chromium _chromium = new();
    private IBrowserContext _browser = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _gateway.Configure("""
            baseurl: {baseurl}
            repos: [amppd]
            scripts:
              amppd:
                main: ['echo step 1; sleep 1; echo step 2; sleep 1; printf "\033[31mstep 3 in red\033[0m\n"']
            """);
        _gateway.Repository("amp_bootstrap").Commit("README.md", "bootstrap");
        _gateway.UseKestrel(0);
        _gateway.StartServer();
        _address = _gateway.CreateClient().BaseAddress!;
        await _chromium.InitializeAsync();
        _browser = await _chromium.AdminContextAsync();
    }

    [Fact]
    public async Task A_build_s_page_follows_its_log_and_status_live_and_the_list_shows_builds_and_ignored_pushes()
    {
        string commit = _gateway.Repository("amppd").Commit("README.md", "v1");
        await _gateway.PushAsync("amppd", "topic", commit);
        await _gateway.PushAsync("amppd", "main", commit);
        var running = (await _gateway.WaitForBuildsAsync(b => b.Any(x => x.Status is "running"), "the build to run"))
            .Single(b => b.Branch == "main");

        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(_address, $"/plugins/package-builds/builds/{running.Id:D}").ToString());
        var log = page.FrameLocator("iframe.log").Locator("#log");
        await Assertions.Expect(log).ToContainTextAsync("step 1", new() { Timeout = 15000 });
        await Assertions.Expect(log).ToContainTextAsync("step 3 in red", new() { Timeout = 15000 });
        await Assertions.Expect(page.FrameLocator("iframe.log").Locator("span[style*='color']").Filter(new() { HasText = "step 3 in red" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#status .status")).ToHaveTextAsync("succeeded", new() { Timeout = 15000 });
        await Assertions.Expect(log).ToContainTextAsync("Build succeeded");

        await page.GotoAsync(new Uri(_address, "/plugins/package-builds/").ToString());
        var row = page.Locator($"tr[data-build='{running.Id:D}']");
        await Assertions.Expect(row).ToContainTextAsync("amppd");
        await Assertions.Expect(row).ToContainTextAsync("main");
        await Assertions.Expect(row).ToContainTextAsync(commit[..12]);
        await Assertions.Expect(row).ToContainTextAsync("ada");
        await Assertions.Expect(row.Locator(".status")).ToHaveTextAsync("succeeded");
        await Assertions.Expect(page.Locator("tr").Filter(new() { HasText = "topic" })).ToContainTextAsync("no scripts for branch topic of amppd");
        await row.Locator("a", new() { HasText = "log" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(_address, $"/plugins/package-builds/builds/{running.Id:D}").ToString());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hooks-package-build.png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        await _chromium.DisposeAsync();
        _gateway.Dispose();
    }
}
