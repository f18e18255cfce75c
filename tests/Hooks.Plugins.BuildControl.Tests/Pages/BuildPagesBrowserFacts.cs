using System.Net;
using Hooks.Plugins.BuildControl.Tests.Support;
using Hooks.Testing;
using Microsoft.Playwright;

namespace Hooks.Plugins.BuildControl.Tests.Pages;

/// <summary>The builds list and a build's grid in Chromium: statuses, node, artifacts, errors, refreshing itself; restart and cancel for who may act.</summary>
public sealed class BuildPagesBrowserFacts : IAsyncLifetime
{
    private readonly ControlGateway _gateway = new();
    private readonly Chromium _chromium = new();
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _gateway.UseKestrel(0);
        _gateway.StartServer();
        _address = _gateway.CreateClient().BaseAddress!;
        await _chromium.InitializeAsync();
    }

    [Fact]
    public async Task The_grid_follows_the_build_and_its_buttons_restart_and_cancel()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64");
        int buildId = (await ControlGateway.CreateBuildAsync(user, ["bash"], ["AlmaLinux-9:x86_64"])).GetProperty("id").GetInt32();
        using var node = await _gateway.NodeAsync("x86-1", "x86_64", "src");
        Assert.Equal(HttpStatusCode.OK, await node.DoneStatusAsync(await node.TakeAsync(), "done", "src"));
        int binary = await node.TakeAsync();
        var operatorView = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            // The pages are public, so no challenge asks for basic credentials: the operator's browser sends its token.
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + GatewayFactory.AdminToken },
        });
        var page = await operatorView.NewPageAsync();

        await page.GotoAsync(new Uri(_address, $"{ControlGateway.Root}builds/{buildId}").ToString());
        var cells = page.Locator("#grid td.cell");
        await Assertions.Expect(cells).ToHaveCountAsync(2);
        await Assertions.Expect(cells.Nth(0).Locator(".status")).ToHaveTextAsync("COMPLETED");
        await Assertions.Expect(cells.Nth(0).Locator("li.rpm a")).ToHaveTextAsync("bash-5.1.8-9.el9.src.rpm");
        await Assertions.Expect(cells.Nth(0).Locator("li.rpm code")).ToHaveTextAsync(new string('a', 12));
        await Assertions.Expect(cells.Nth(0).Locator("li.build_log a")).ToHaveAttributeAsync("href", $"/pulp/api/v3/artifacts/{binary - 1}-log/");
        await Assertions.Expect(cells.Nth(1).Locator(".status")).ToHaveTextAsync("STARTED");
        await Assertions.Expect(cells.Nth(1).Locator(".node")).ToHaveTextAsync("node x86-1");

        Assert.Equal(HttpStatusCode.OK, await node.DoneStatusAsync(binary, "failed"));
        await Assertions.Expect(cells.Nth(1).Locator(".status")).ToHaveTextAsync("FAILED", new() { Timeout = 20000 });
        await page.Locator("#restart").ClickAsync();
        await Assertions.Expect(cells.Nth(1).Locator(".status")).ToHaveTextAsync("IDLE", new() { Timeout = 20000 });
        await page.Locator("#cancel").ClickAsync();
        await Assertions.Expect(cells.Nth(1).Locator(".status")).ToHaveTextAsync("CANCELLED", new() { Timeout = 20000 });
        await Assertions.Expect(cells.Nth(1).Locator(".error")).ToHaveTextAsync("Build task cancelled by user");

        await page.GotoAsync(new Uri(_address, ControlGateway.Root).ToString());
        var row = page.Locator($"tr[data-build='{buildId}']");
        await Assertions.Expect(row).ToContainTextAsync("bash");
        await Assertions.Expect(row).ToContainTextAsync("AlmaLinux-9");
        await row.Locator("a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(_address, $"{ControlGateway.Root}builds/{buildId}").ToString());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hooks-build-control.png"), FullPage = true });

        var stranger = await (await _chromium.Browser.NewContextAsync()).NewPageAsync();
        await stranger.GotoAsync(new Uri(_address, $"{ControlGateway.Root}builds/{buildId}").ToString());
        await Assertions.Expect(stranger.Locator("#grid td.cell")).ToHaveCountAsync(2);
        await Assertions.Expect(stranger.Locator("#restart")).ToHaveCountAsync(0);
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        _gateway.Dispose();
    }
}
