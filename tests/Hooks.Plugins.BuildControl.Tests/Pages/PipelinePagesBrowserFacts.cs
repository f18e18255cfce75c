using System.Net;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Tests.Support;
using Hooks.Testing;
using Microsoft.Playwright;

namespace Hooks.Plugins.BuildControl.Tests.Pages;

/// <summary>A build's tests per task and revision, its signing and its release on the build's page, and the releases page, in Chromium.</summary>
public sealed class PipelinePagesBrowserFacts : IAsyncLifetime
{
    private readonly ControlGateway _gateway = new(fakeClock: false);
    private readonly ArtifactStore _store = new();
    private readonly Chromium _chromium = new();
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _gateway.Settings["Hooks:Plugins:build-control:ArtifactBaseUrl"] = _store.BaseUrl;
        _gateway.UseKestrel(0);
        _gateway.StartServer();
        _address = _gateway.CreateClient().BaseAddress!;
        await _chromium.InitializeAsync();
    }

    [Fact]
    public async Task The_build_page_shows_tests_by_revision_signing_and_the_release_which_the_releases_page_shows_with_its_plan()
    {
        using var user = await _gateway.UserAsync();
        using var signer = await _gateway.SignerAsync();
        using var releaser = await _gateway.ReleaserAsync();
        int platformId = await Pipeline.CreatePlatformAsync(user);
        int buildId = await Pipeline.CreateBuildAsync(user);
        await Pipeline.RunBuildNodeAsync(_gateway);
        using var alts = await _gateway.TestSystemAsync();
        var tests = await alts.GetTasksAsync();
        foreach (var test in tests)
        {
            string package = test.GetProperty("package_name").GetString()!;
            using var reported = await alts.ReportAsync(test, package == "harbour-doc" ? SimulatedTestSystem.FailedTest(package) : SimulatedTestSystem.Passed(package));
            Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await Pipeline.SendAsync(user, HttpMethod.Put, $"tests/build/{buildId}/restart")).Status);
        await Pipeline.SignAsync(_gateway, signer, buildId, await Pipeline.CreateKeyAsync(signer), _store);
        int releaseId = (await Pipeline.SendAsync(releaser, HttpMethod.Post, "releases/new/", new { builds = new[] { buildId }, platform_id = platformId })).Body.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await Pipeline.SendAsync(releaser, HttpMethod.Post, $"releases/{releaseId}/commit/")).Status);
        await Eventually.Get(() => Pipeline.GetAsync(user, $"releases/{releaseId}/"), r => r.GetProperty("status").GetInt32() == (int)ReleaseStatus.Completed, "the committed release");
        var page = await (await _chromium.Browser.NewContextAsync()).NewPageAsync();

        await page.GotoAsync(new Uri(_address, $"{ControlGateway.Root}builds/{buildId}").ToString());
        await Assertions.Expect(page.Locator("#tests tbody tr[data-revision='1']")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#tests tbody tr[data-revision='2']")).ToHaveCountAsync(3);
        var failed = page.Locator("#tests tbody tr[data-revision='1']", new() { HasText = "harbour-doc" });
        await Assertions.Expect(failed.Locator(".status")).ToHaveTextAsync("FAILED");
        await Assertions.Expect(failed.Locator(".failures")).ToHaveTextAsync("0_install_test.yml");
        await Assertions.Expect(page.Locator("#tests tbody tr[data-revision='2'] .status").First).ToHaveTextAsync("CREATED");
        await Assertions.Expect(page.Locator("#signed")).ToHaveTextAsync("Signed.");
        await Assertions.Expect(page.Locator("#signing tbody tr .status")).ToHaveTextAsync("COMPLETED");
        await Assertions.Expect(page.Locator("#signing tbody tr")).ToContainTextAsync(Pipeline.KeyId);
        await Assertions.Expect(page.Locator("#release .status")).ToHaveTextAsync("COMPLETED");

        await page.Locator("#release a").ClickAsync();
        var release = page.Locator($"#release-{releaseId}");
        await Assertions.Expect(release.Locator("h2 .status")).ToHaveTextAsync("COMPLETED");
        await Assertions.Expect(release.Locator(".last-log")).ToContainTextAsync("4 packages released");
        await Assertions.Expect(release.Locator("table.plan tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(release.Locator("tr[data-package='harbour-doc-2.3.0-1.el9.noarch.rpm'] td").Nth(1))
            .ToHaveTextAsync($"{Pipeline.Platform}-baseos-x86_64, {Pipeline.Platform}-baseos-aarch64");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hooks-build-control-releases.png"), FullPage = true });
        await release.Locator($"a[href='builds/{buildId}']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(_address, $"{ControlGateway.Root}builds/{buildId}").ToString());
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        _gateway.Dispose();
        _store.Dispose();
    }
}
