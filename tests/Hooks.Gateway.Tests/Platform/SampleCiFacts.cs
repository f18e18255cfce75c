using System.Text;
using System.Text.Json.Nodes;
using Hooks.Testing;
using Microsoft.Playwright;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Hooks.Gateway.Tests.Platform;

/// <summary>
/// The README's platform sample as a plugin: a GitHub push checks out exactly the pushed commit, runs its build.sh into
/// a run log followed live in Chromium, and reports the commit status through the source's forge (a WireMock GitHub).
/// </summary>
public sealed class SampleCiFacts : IAsyncLifetime
{
    private static readonly Lazy<string> Plugins = new(() => FixturePlugins.CopyTo(new TempDirectory("hooks-sample-ci"), "Hooks.Fixtures.SampleCi").Path);
    private readonly WireMockServer _github = WireMockServer.Start();
    private readonly LocalGitRepository _origin = new("hello");
    private readonly Chromium _chromium = new();
    private readonly GatewayFactory _gateway = new();

    public async Task InitializeAsync()
    {
        _github.Given(Request.Create().WithPath("/api/v3/repos/octo/hello/statuses/*").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 1 }));
        _gateway.Settings["Hooks:Plugins:Directory"] = Plugins.Value;
        _gateway.Settings["Hooks:Sources:github:BaseUrl"] = _github.Url;
        _gateway.Settings["Hooks:Sources:github:Token"] = "github-api-token";
        _gateway.Settings["Hooks:PublicUrl"] = "https://hooks.example.org/";
        _gateway.UseKestrel(0);
        _gateway.StartServer();
        await _chromium.InitializeAsync();
    }

    [Fact]
    public async Task Push_builds_the_pushed_commit_with_its_log_followed_live_and_reports_the_status()
    {
        _origin.Commit("version.txt", "1.2.3");
        string commit = _origin.Commit("build.sh", "echo \"building $(cat version.txt)\"\nprintf '\\033[32mtests passed\\033[0m\\n'\nsleep 2\necho done\n");
        string delivery = await PostPushAsync(commit);
        _origin.Commit("version.txt", "9.9.9 (the branch moved on after the push)");

        await using var browser = await _chromium.AdminContextAsync();
        var page = await browser.NewPageAsync();
        string log = new Uri(_gateway.CreateClient().BaseAddress!, $"/runs/sample-ci/{delivery}/log?html=true").ToString();
        var admin = _gateway.CreateAdminClient();
        await Eventually.Get(async () => (await admin.GetAsync($"/runs/sample-ci/{delivery}/log")).StatusCode, status => status == System.Net.HttpStatusCode.OK, "the build's log to exist");
        await page.GotoAsync(log);

        await Assertions.Expect(page.Locator("#log")).ToContainTextAsync("building 1.2.3", new() { Timeout = 20000 });
        await Assertions.Expect(page.Locator("#log span[style*='color']")).ToHaveTextAsync("tests passed", new() { Timeout = 20000 });
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("finished", new() { Timeout = 20000 });
        await Assertions.Expect(page.Locator("#log")).ToContainTextAsync("done");

        var statuses = await Eventually.Get(
            () => Task.FromResult(_github.LogEntries.Where(e => e.RequestMessage.Method == "POST").Select(e => JsonNode.Parse(e.RequestMessage.Body!)!).ToList()),
            s => s.Count == 2, "the running and success statuses");
        Assert.Equal(["pending", "success"], statuses.Select(s => s["state"]!.GetValue<string>()));
        Assert.All(statuses, s => Assert.Equal("sample-ci", s["context"]!.GetValue<string>()));
        Assert.Equal($"https://hooks.example.org/runs/sample-ci/{delivery}/log?html=true", statuses[1]["target_url"]!.GetValue<string>());
        var request = _github.LogEntries[0].RequestMessage;
        Assert.EndsWith($"/statuses/{commit}", request.Path, StringComparison.Ordinal);
        Assert.Equal("Bearer github-api-token", request.Headers!["Authorization"].Single());
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        _gateway.Dispose();
        _github.Stop();
        _origin.Dispose();
    }

    private async Task<string> PostPushAsync(string commit)
    {
        var fixture = WebhookFixture.Get("github", "push-branch.json");
        var body = JsonNode.Parse(fixture.Body)!;
        body["after"] = commit;
        body["repository"]!["full_name"] = "octo/hello";
        body["repository"]!["clone_url"] = _origin.Url;
        byte[] bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        var headers = new Dictionary<string, string>
        {
            ["X-GitHub-Event"] = "push",
            ["X-GitHub-Delivery"] = Guid.NewGuid().ToString(),
            ["X-Hub-Signature-256"] = "sha256=" + ForgeSigner.HexHmac(GatewayFactory.Secret, bytes),
        };
        var response = await _gateway.PostAsync("github", bytes, headers);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["delivery"]!.GetValue<string>();
    }
}
