using Hooks.Plugins.Badges.Tests.Support;
using Hooks.Testing;
using Microsoft.Playwright;

namespace Hooks.Plugins.Badges.Tests.Pages;

/// <summary>The pages as a person sees them, in Chromium, served by a gateway listening on a real port.</summary>
public sealed class StatusPageBrowserFacts(Chromium chromium) : IClassFixture<Chromium>, IDisposable
{
    private readonly BadgesGateway _gateway = new();

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task Project_page_groups_devices_by_colour_with_status_issues_history_and_uptime()
    {
        var page = await OpenProjectPageAfterKriosRecoveredAsync();

        Assert.Equal("gitlab-org/hello-world · devices · Hooks", await page.TitleAsync());
        Assert.Equal("Hooks", await page.Locator("header.top .brand").TextContentAsync());
        Assert.Equal("/plugins/badges/", await page.Locator("header.top nav a", new() { HasText = "Device badges" }).GetAttributeAsync("href"));
        var groups = page.Locator("section.group");
        Assert.Equal(2, await groups.CountAsync());
        Assert.Equal("#FF0000", await groups.Nth(0).GetAttributeAsync("data-colour"));
        Assert.Equal(["Arctica", "Glacios", "Krios"], await groups.Nth(0).Locator("tr[data-device]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.device)"));
        Assert.Equal(["Talos"], await groups.Nth(1).Locator("tr[data-device]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.device)"));

        Assert.Equal("LIMITED", await Row(page, "Arctica").Locator("td.status").InnerTextAsync());
        Assert.Equal("RUNNING", await Row(page, "Krios").Locator("td.status").InnerTextAsync());
        Assert.Equal("RUNNING | INFO", await Row(page, "Talos").Locator("td.status").InnerTextAsync());

        var issues = Row(page, "Arctica").Locator("ul.issues a");
        Assert.Equal(["#4 Autoloader slow", "#5 (confidential)"], await issues.AllInnerTextsAsync());
        Assert.Equal(_gateway.GitLab.WebUrl + "/-/issues/4", await issues.First.GetAttributeAsync("href"));
        Assert.DoesNotContain("Password", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal("none", await Row(page, "Krios").Locator("td").Nth(3).InnerTextAsync());

        var krioDays = Row(page, "Krios").Locator(".bar span");
        Assert.Equal(90, await krioDays.CountAsync());
        Assert.Equal("down", await krioDays.Nth(89).GetAttributeAsync("class"));
        Assert.Matches(@"^\d+(\.\d+)?%$", await Row(page, "Krios").Locator("td.uptime").InnerTextAsync());
        Assert.Equal("100%", await Row(page, "Talos").Locator("td.uptime").InnerTextAsync());

        var changes = await page.Locator("section.changes tbody tr").AllInnerTextsAsync();
        Assert.Contains(changes, row => row.Contains("Krios", StringComparison.Ordinal) && row.Contains("RUNNING", StringComparison.Ordinal));
        Assert.Contains(changes, row => row.Contains("Krios", StringComparison.Ordinal) && row.Contains("DOWN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Badge_images_render_and_times_are_kept_relative_by_the_page_script()
    {
        var page = await OpenProjectPageAfterKriosRecoveredAsync();

        var widths = await page.Locator("tr[data-device] img").EvaluateAllAsync<int[]>("images => images.map(i => i.complete ? i.naturalWidth : 0)");
        Assert.Equal(4, widths.Length);
        Assert.All(widths, width => Assert.True(width > 60, $"a badge image rendered {width} px wide"));
        var times = page.Locator("time[data-ago]");
        Assert.True(await times.CountAsync() > 0);
        Assert.Equal(await times.CountAsync(), await page.Locator("time[data-ago='live']").CountAsync());
        Assert.Matches("^(just now|\\d+ (min|h|d) ago)$", await times.First.InnerTextAsync());
    }

    [Fact]
    public async Task Index_lists_projects_and_leads_to_their_pages()
    {
        await OpenProjectPageAfterKriosRecoveredAsync();
        var page = await chromium.Browser.NewPageAsync();

        await page.GotoAsync(_gateway.Address + "plugins/badges/");
        var row = page.Locator("tr[data-project='gitlab-org/hello-world']");
        Assert.Equal("1", await row.Locator("td.limited").InnerTextAsync());
        await row.Locator("a").ClickAsync();

        await page.WaitForURLAsync("**/plugins/badges/gitlab-org%2Fhello-world");
        Assert.Equal(4, await page.Locator("tr[data-device]").CountAsync());
    }

    private static ILocator Row(IPage page, string device) => page.Locator($"tr[data-device='{device}']");

    private async Task<IPage> OpenProjectPageAfterKriosRecoveredAsync()
    {
        Facility.Stock(_gateway.GitLab);
        _gateway.StartOnPort();
        _gateway.TriggerReconcile();
        await Eventually.Get(() => Task.FromResult(_gateway.GitLab.BadgesNow().Length), count => count == 6, "the first refresh");
        _gateway.GitLab.Change(g => g.Issues[0] = g.Issues[0] with { State = "closed" });
        await _gateway.PostFixtureAsync("issue-closed.json");
        await Eventually.Get(
            () => Task.FromResult(_gateway.GitLab.BadgesNow().Count(b => b.LinkUrl.EndsWith("/-/boards", StringComparison.Ordinal))), count => count == 2, "Krios to recover");

        var page = await chromium.Browser.NewPageAsync();
        var response = await page.GotoAsync($"{_gateway.Address}plugins/badges/{_gateway.ProjectSlug}");
        Assert.Equal(200, response!.Status);
        return page;
    }
}
