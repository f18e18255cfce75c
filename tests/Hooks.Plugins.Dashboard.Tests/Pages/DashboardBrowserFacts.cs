using Hooks.Plugins.Dashboard.Tests.Support;
using Hooks.Testing;
using Microsoft.Playwright;

namespace Hooks.Plugins.Dashboard.Tests.Pages;

/// <summary>The page as a person uses it, in Chromium, on a gateway listening on a real port, after a backfill of <see cref="Group"/>.</summary>
public sealed class DashboardBrowserFacts(Chromium chromium) : IClassFixture<Chromium>, IDisposable
{
    private readonly DashboardGateway _gateway = new();

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task The_grid_shows_projects_failing_last_night_first_with_errors_as_chips_and_passed_pipelines_as_ticks()
    {
        var page = await OpenAsync("");

        Assert.Equal("Nightly failures · Hooks", await page.TitleAsync());
        Assert.Equal(["gitlab-org/alpha", "gitlab-org/beta", "gitlab-org/gamma"], await page.Locator("tr[data-project]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.project)"));
        var alpha = page.Locator("tr[data-project='gitlab-org/alpha']");
        var lastNight = alpha.Locator("td").Last;
        Assert.Equal(["UndefVarError: foo not defined"], await lastNight.Locator(".chip").AllInnerTextsAsync());
        Assert.Equal("Julia 1.10", await lastNight.Locator("a.name").InnerTextAsync());
        Assert.Equal("https://gitlab.example.com/gitlab-org/alpha/-/jobs/81031", await lastNight.Locator("a.name").GetAttributeAsync("href"));
        Assert.Equal("#3 UndefVarError in nightly", await alpha.Locator("ul.issues a").InnerTextAsync());
        Assert.Equal("✓", await alpha.Locator("td").Nth(await DayColumnAsync(page, 2)).Locator("a.pipeline-status").InnerTextAsync());
        Assert.Equal("-", await alpha.Locator("td").Nth(await DayColumnAsync(page, 5)).InnerTextAsync());
        var beta = page.Locator("tr[data-project='gitlab-org/beta']");
        Assert.Equal("?", await beta.Locator("td").Nth(await DayColumnAsync(page, 3)).Locator(".chip.unknown").InnerTextAsync());
        Assert.Equal(1, await page.Locator("#errors ol.prevalent li[data-error='UndefVarError: foo not defined']").CountAsync());
        Assert.Equal("2 jobs", await page.Locator("#errors ol.prevalent li[data-error='UndefVarError: foo not defined'] .count").InnerTextAsync());
    }

    [Fact]
    public async Task Filters_go_into_the_url_and_a_shared_url_opens_the_same_view()
    {
        var page = await OpenAsync("");

        await page.Locator("input[name=jobs][value=allowed]").CheckAsync();
        await page.WaitForURLAsync("**/plugins/dashboard/?jobs=failed%2Callowed");
        await page.Locator("#board .chip", new() { HasText = "Segmentation" }).WaitForAsync();
        await page.Locator("input[name=search]").FillAsync("segmentation");
        await page.Locator("input[name=search]").PressAsync("Enter");
        await ShownAsync(page, "?search=segmentation&jobs=failed%2Callowed");

        Assert.Equal(["Julia nightly"], await page.Locator("#board .job a.name").AllInnerTextsAsync());
        var shared = await chromium.Browser.NewPageAsync();
        await shared.GotoAsync(page.Url);
        Assert.Equal(["Julia nightly"], await shared.Locator("#board .job a.name").AllInnerTextsAsync());
        Assert.Equal("segmentation", await shared.Locator("input[name=search]").InputValueAsync());
        Assert.True(await shared.Locator("input[name=jobs][value=allowed]").IsCheckedAsync());

        await page.GoBackAsync();
        await ShownAsync(page, "?jobs=failed%2Callowed");
        Assert.Equal("", await page.Locator("input[name=search]").InputValueAsync());
    }

    [Fact]
    public async Task Columns_can_be_shown_and_hidden_and_the_choice_goes_into_the_url()
    {
        var page = await OpenAsync("");
        var lastNight = page.Locator("tr[data-project='gitlab-org/alpha'] td").Last;

        await page.Locator("input[name=show][value=runner]").CheckAsync();
        await page.WaitForURLAsync("**/plugins/dashboard/?show=names%2Cerrors%2Crunner");
        await lastNight.Locator(".runner").WaitForAsync();
        Assert.Equal("docker-ci-runner-3 #12", await lastNight.Locator(".runner").InnerTextAsync());
        await page.Locator("input[name=show][value=deps]").CheckAsync();
        await page.WaitForURLAsync("**/plugins/dashboard/?show=names%2Cerrors%2Cdeps%2Crunner");
        await lastNight.Locator(".deps").WaitForAsync();
        Assert.Equal("Bar v0.1.0→v0.2.0, Foo v1.1.0→v1.2.0", await lastNight.Locator(".deps").InnerTextAsync());
        await page.Locator("input[name=show][value=names]").UncheckAsync();
        await page.Locator("input[name=show][value=errors]").UncheckAsync();
        await ShownAsync(page, "?show=deps%2Crunner");

        Assert.Equal(0, await page.Locator("#board a.name").CountAsync());
        Assert.Equal(0, await page.Locator("#board .chip").CountAsync());
        Assert.Equal(1, await lastNight.Locator("button[data-details]").CountAsync());
    }

    [Fact]
    public async Task A_job_opens_its_details_with_dependency_changes_and_a_prefilled_new_issue_link()
    {
        var page = await OpenAsync("");

        await page.Locator("tr[data-project='gitlab-org/alpha'] td").Last.Locator("button[data-details]").ClickAsync();
        await page.WaitForURLAsync("**/plugins/dashboard/?job=81031");
        var details = page.Locator("#job-details");
        await details.WaitForAsync();

        Assert.Equal("Julia 1.10", await details.Locator("h2").InnerTextAsync());
        Assert.Equal("Runner: docker-ci-runner-3 #12", await details.Locator(".runner").InnerTextAsync());
        Assert.Equal(["UndefVarError: foo not defined"], await details.Locator("ul.errors pre").AllInnerTextsAsync());
        Assert.Equal(["Bar\tv0.1.0\tv0.2.0", "Foo\tv1.1.0\tv1.2.0"], await details.Locator("table.deps tbody tr").AllInnerTextsAsync());
        string link = (await details.Locator("a.new-issue").GetAttributeAsync("href"))!;
        Assert.StartsWith("https://gitlab.example.com/gitlab-org/alpha/-/issues/new?issue[title]=&issue[description]=", link, StringComparison.Ordinal);
        string description = Uri.UnescapeDataString(link.Split("issue[description]=")[1]);
        Assert.StartsWith("/label ~nightly\n\nNightly job [`Julia 1.10`](https://gitlab.example.com/gitlab-org/alpha/-/jobs/81031) failed on ", description, StringComparison.Ordinal);
        Assert.Contains("\n```\nUndefVarError: foo not defined\n```\n", description, StringComparison.Ordinal);
        Assert.Contains("- Foo: v1.1.0 → v1.2.0\n", description, StringComparison.Ordinal);
        Assert.Contains("[previous day](https://gitlab.example.com/gitlab-org/alpha/-/jobs/81021) (failed)", description, StringComparison.Ordinal);

        var shared = await chromium.Browser.NewPageAsync();
        await shared.GotoAsync(page.Url);
        Assert.Equal("Julia 1.10", await shared.Locator("#job-details h2").InnerTextAsync());
    }

    [Fact]
    public async Task The_page_updates_itself_when_a_job_hook_brings_a_new_failure()
    {
        var page = await OpenAsync("");
        await page.Locator("#live", new() { HasText = "live" }).WaitForAsync();
        var gamma = _gateway.GitLab.Projects.Single(p => p.Path == "gitlab-org/gamma");
        var failing = new FakeJob(83021, "test", "failed", "FATAL: password authentication failed for user \"report\"\n");
        _gateway.GitLab.Change(_ => gamma.Pipelines.Add(new FakePipeline(8302, "failed", DashboardGateway.NightlyUser, "schedule", Nights.Ago(0).AddMinutes(30), [failing])));

        await _gateway.PostHookAsync("Pipeline Hook", GitLabHooks.Pipeline(gamma, 8302, "running", DashboardGateway.NightlyUser, "schedule", Nights.Ago(0).AddMinutes(30)));
        await _gateway.PostHookAsync("Job Hook", GitLabHooks.Job(gamma, 8302, failing, Nights.Ago(0).AddMinutes(31)));

        var chip = page.Locator("tr[data-project='gitlab-org/gamma'] .chip", new() { HasText = "password" });
        await chip.WaitForAsync();
        Assert.Equal("password authentication failed for user \"report\"", await chip.GetAttributeAsync("title"));
        Assert.StartsWith("live, updated", await page.Locator("#live").InnerTextAsync(), StringComparison.Ordinal);
    }

    private async Task<IPage> OpenAsync(string query)
    {
        Group.Stock(_gateway.GitLab);
        _gateway.StartOnPort();
        await _gateway.BackfillAsync();
        var page = await chromium.Browser.NewPageAsync();
        var response = await page.GotoAsync($"{_gateway.Address}plugins/dashboard/{query}");
        Assert.Equal(200, response!.Status);
        return page;
    }

    /// <summary>Waits until the page's parts were rendered for <paramref name="query"/> (the script marks it once swapped in).</summary>
    private static async Task ShownAsync(IPage page, string query)
    {
        await page.WaitForURLAsync("**/plugins/dashboard/" + query);
        await page.Locator($"#dashboard[data-shown='/plugins/dashboard/{query}']").WaitForAsync();
    }

    /// <summary>The cell index (the project column being 0) of the day <paramref name="daysAgo"/> days before the last one.</summary>
    private static async Task<int> DayColumnAsync(IPage page, int daysAgo) => await page.Locator("table.grid thead th").CountAsync() - 2 - daysAgo;
}
