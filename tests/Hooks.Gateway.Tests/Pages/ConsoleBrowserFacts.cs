using Hooks.Gateway.Tests.Support;
using Hooks.Testing;
using Microsoft.Playwright;

namespace Hooks.Gateway.Tests.Pages;

/// <summary>The home page and deliveries console in Chromium, as an operator with the admin token sees them.</summary>
public sealed class ConsoleBrowserFacts : IAsyncLifetime
{
    private static readonly WebhookFixture GitLabIssue = WebhookFixture.Get("gitlab", "issue-opened.json");
    private static readonly WebhookFixture GitHubPush = WebhookFixture.Get("github", "push-branch.json");
    private readonly PluginGatewayFactory _gateway = new();
    private readonly Chromium _chromium = new();
    private IBrowserContext _browser = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _gateway.Settings["Hooks:Plugins:flaky:FailuresBeforeSuccess"] = "0";
        _gateway.UseKestrel(0);
        _gateway.StartServer();
        _address = _gateway.CreateClient().BaseAddress!;
        await _chromium.InitializeAsync();
        _browser = await _chromium.AdminContextAsync();
    }

    [Fact]
    public async Task Home_page_shows_sources_plugins_and_a_delivery_flowing_to_the_plugin_then_new_ones_without_a_reload()
    {
        string first = await RecorderReads.Post(_gateway, GitLabIssue);
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(_address, "/").ToString());

        var row = page.Locator($"tr[data-delivery='{first}']");
        await Assertions.Expect(row).ToContainTextAsync("recorder: succeeded", new() { Timeout = 15000 });
        await Assertions.Expect(row).ToContainTextAsync("Issue Hook");
        await Assertions.Expect(row).ToContainTextAsync("issue");
        var gitlab = page.Locator("tr[data-source='gitlab']");
        await Assertions.Expect(gitlab).ToContainTextAsync($"{_address.ToString().TrimEnd('/')}/hooks/gitlab");
        await Assertions.Expect(gitlab).ToContainTextAsync("set");
        await Assertions.Expect(page.Locator("tr[data-source='nosecret']")).ToContainTextAsync("refuses all");
        await Assertions.Expect(page.Locator("tr[data-plugin='broken']")).ToContainTextAsync("broken");
        await Assertions.Expect(page.Locator("tr[data-plugin='recorder'] a")).ToHaveAttributeAsync("href", "/plugins/recorder/");

        string second = await RecorderReads.Post(_gateway, GitHubPush);
        var pushRow = page.Locator($"tr[data-delivery='{second}']");
        await Assertions.Expect(pushRow).ToContainTextAsync("flaky: succeeded", new() { Timeout = 15000 });
        await Assertions.Expect(pushRow).ToContainTextAsync("recorder: succeeded");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hooks-home.png"), FullPage = true });
    }

    [Fact]
    public async Task Delivery_page_shows_the_delivery_and_replays_it_to_one_plugin()
    {
        string id = await RecorderReads.Post(_gateway, GitLabIssue);
        await Eventually.Get(() => RecorderReads.ReceivedFor(_gateway.CreateClient(), id), r => r.Length == 1, "the recorder");
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(_address, "/").ToString());

        await page.Locator($"tr[data-delivery='{id}'] a").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Issue Hook");
        await Assertions.Expect(page.Locator("#events")).ToContainTextAsync("\"kind\": \"issue\"");
        await Assertions.Expect(page.Locator("#body")).ToContainTextAsync("object_kind");
        await Assertions.Expect(page.Locator("tr[data-plugin='recorder']")).ToContainTextAsync("succeeded");
        await page.Locator("tr[data-plugin='recorder'] button[data-replay='recorder']").ClickAsync();
        await Assertions.Expect(page.Locator("#replayed")).ToContainTextAsync("sent again to recorder");
        await Eventually.Get(() => RecorderReads.ReceivedFor(_gateway.CreateClient(), id), r => r.Length == 2, "the recorder to receive the replay");
        await Assertions.Expect(page.Locator("tr[data-plugin='recorder']")).ToContainTextAsync("succeeded", new() { Timeout = 15000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hooks-delivery.png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _chromium.DisposeAsync();
        _gateway.Dispose();
    }
}
