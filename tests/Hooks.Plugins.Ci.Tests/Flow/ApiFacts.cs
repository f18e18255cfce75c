using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Contracts.Cli;
using Hooks.Plugins.Ci.Api;
using Hooks.Plugins.Ci.Cli;
using Hooks.Plugins.Ci.Tests.Support;

namespace Hooks.Plugins.Ci.Tests.Flow;

/// <summary>Ocelot's REST paths under <c>/plugins/ci/v1</c>: reading is public, building and killing need a token of scope <c>ci</c>.</summary>
public sealed class ApiFacts : IDisposable
{
    private const string Pipeline = """
        image: hooks-test/ci-busybox:1
        buildTool: sh
        branches: [main]
        stages:
          - name: build
            script: ['echo "building $GIT_BRANCH at $GIT_HASH_SHORT"', 'test ! -f slow || sleep 60']
        """;

    private readonly CiGateway _gateway = new();

    [SkippableFact]
    public async Task Status_summary_and_history_find_builds_by_number_commit_and_repository()
    {
        await TestDocker.EnsureAsync();
        string first = await _gateway.PushConfigAsync("app", Pipeline);
        await _gateway.WaitForBuildsAsync(b => b.Length == 1 && CiGateway.Over(b[0]), "the first build");
        string second = await _gateway.PushConfigAsync("app", Pipeline + "# again\n");
        await _gateway.PushConfigAsync("tools", Pipeline.Replace("echo", "exit 1 && echo", StringComparison.Ordinal));
        await _gateway.WaitForBuildsAsync(b => b.Length == 3 && b.All(CiGateway.Over), "three builds");
        using var client = _gateway.CreateClient();

        var none = await client.GetAsync("/plugins/ci/v1/status");
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal("either buildId, hash, acctName and repoName, or partialRepo is required", (await none.Content.ReadFromJsonAsync<ProblemMessage>())!.Error);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/plugins/ci/v1/status?buildId=999")).StatusCode);
        var byHash = (await client.GetFromJsonAsync<BuildStatusView>($"/plugins/ci/v1/status?hash={first[..8].ToUpperInvariant()}", JsonSerializerOptions.Web))!;
        Assert.Equal((first, "PASSED", 3), (byHash.BuildSum.Hash, byHash.BuildSum.Status, byHash.Stages.Count));
        var latest = (await client.GetFromJsonAsync<BuildStatusView>("/plugins/ci/v1/status?acctName=org&repoName=app", JsonSerializerOptions.Web))!;
        Assert.Equal(second, latest.BuildSum.Hash);
        var partial = (await client.GetFromJsonAsync<BuildStatusView>("/plugins/ci/v1/status?partialRepo=too", JsonSerializerOptions.Web))!;
        Assert.Equal(("tools", "FAILED"), (partial.BuildSum.Repo, partial.BuildSum.Status));
        using var raw = JsonDocument.Parse(await client.GetStringAsync($"/plugins/ci/v1/status?buildId={latest.BuildSum.BuildId}"));
        Assert.Equal(
            ["buildId", "hash", "account", "repo", "branch", "status", "failed", "signaledBy", "queueTime", "buildTime", "buildDuration"],
            raw.RootElement.GetProperty("buildSum").EnumerateObject().Select(p => p.Name).Take(11));
        Assert.Equal(["stage", "status", "error", "messages", "startTime", "stageDuration"], raw.RootElement.GetProperty("stages")[0].EnumerateObject().Select(p => p.Name));

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/plugins/ci/v1/summary/org/app")).StatusCode);
        var summary = (await client.GetFromJsonAsync<SummaryView>("/plugins/ci/v1/summary/org/app?limit=5", JsonSerializerOptions.Web))!;
        Assert.Equal([second, first], summary.Sums.Select(s => s.Hash));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/plugins/ci/v1/summary/org/nothing?limit=5")).StatusCode);

        var failed = (await client.GetFromJsonAsync<BuildsPageView>("/plugins/ci/v1/builds?status=FAILED", JsonSerializerOptions.Web))!;
        Assert.Equal(["tools"], failed.Builds.Select(b => b.Repo));
        var paged = (await client.GetFromJsonAsync<BuildsPageView>("/plugins/ci/v1/builds?repository=org/app&branch=main&pageSize=1&page=2", JsonSerializerOptions.Web))!;
        Assert.Equal((2, first), (paged.Total, paged.Builds.Single().Hash));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/plugins/ci/v1/builds?status=SOMETIMES")).StatusCode);

        string log = await client.GetStringAsync($"/plugins/ci/v1/logs?hash={first[..10]}&strip=true");
        Assert.Contains($"BUILD | building main at {first[..7]}", log);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/plugins/ci/v1/logs")).StatusCode);
    }

    [SkippableFact]
    public async Task A_manual_build_needs_the_ci_scope_and_a_listed_branch_unless_forced_and_is_REQUESTED()
    {
        await TestDocker.EnsureAsync();
        var repo = _gateway.Repository("app");
        string main = await _gateway.PushConfigAsync("app", Pipeline);
        await _gateway.WaitForBuildsAsync(b => b.Length == 1 && CiGateway.Over(b[0]), "the push's build");
        Hooks.Testing.LocalGitRepository.Git(repo.WorkPath, "checkout", "--quiet", "-b", "topic");
        string topic = repo.Commit("topic.txt", "topic");

        using var anonymous = _gateway.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/plugins/ci/v1/build", new { acctRepo = "org/app" })).StatusCode);
        using var madeUp = _gateway.CreateClient();
        madeUp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await madeUp.PostAsJsonAsync("/plugins/ci/v1/build", new { acctRepo = "org/app" })).StatusCode);

        using var ci = await ClientWithScopeAsync("release-bot", "ci");
        var refused = await ci.PostAsJsonAsync("/plugins/ci/v1/build", new { acctRepo = "org/app", branch = "topic" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("branch topic not in the acceptable branches list: main", (await refused.Content.ReadFromJsonAsync<ProblemMessage>())!.Error);
        var unknown = await ci.PostAsJsonAsync("/plugins/ci/v1/build", new { acctRepo = "org/nothing" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var forced = await ci.PostAsJsonAsync("/plugins/ci/v1/build", new { acctRepo = "org/app", branch = "topic", force = true });
        Assert.Equal(HttpStatusCode.Accepted, forced.StatusCode);
        var queued = (await forced.Content.ReadFromJsonAsync<BuildStatusView>(JsonSerializerOptions.Web))!;
        var byHash = await ci.PostAsJsonAsync("/plugins/ci/v1/build", new { acctRepo = "org/app", hash = main[..9] });
        var again = (await byHash.Content.ReadFromJsonAsync<BuildStatusView>(JsonSerializerOptions.Web))!;
        var ended = await _gateway.WaitForBuildsAsync(b => b.Length == 3 && b.All(CiGateway.Over), "the manual builds");

        var topicBuild = ended.Single(b => b.BuildId == queued.BuildSum.BuildId);
        Assert.Equal(("PASSED", "REQUESTED", "topic", topic, "release-bot"), (topicBuild.Status, topicBuild.SignaledBy, topicBuild.Branch, topicBuild.Hash, topicBuild.RequestedBy));
        var mainAgain = ended.Single(b => b.BuildId == again.BuildSum.BuildId);
        Assert.Equal(("PASSED", "main", main), (mainAgain.Status, mainAgain.Branch, mainAgain.Hash));
    }

    [SkippableFact]
    public async Task Kill_ends_a_running_build_FAILED_with_the_reason_in_its_stage_and_removes_its_container()
    {
        await TestDocker.EnsureAsync();
        var repo = _gateway.Repository("app");
        repo.Commit("slow", "");
        string hash = await _gateway.PushConfigAsync("app", Pipeline);
        await _gateway.WaitForBuildsAsync(b => b.Length == 1 && b[0].Status == "RUNNING", "the build to run");
        await Hooks.Testing.Eventually.Get(() => _gateway.LogAsyncWhileRunning(hash), log => log.Contains("BUILD | building", StringComparison.Ordinal), "the stage to start");

        using var ci = await ClientWithScopeAsync("operator", "ci");
        Assert.Equal(HttpStatusCode.NotFound, (await ci.PostAsync("/plugins/ci/v1/kill/abcdef0", null)).StatusCode);
        var killed = await ci.PostAsync($"/plugins/ci/v1/kill/{hash[..7]}", null);
        Assert.Equal(HttpStatusCode.Accepted, killed.StatusCode);
        var builds = await _gateway.WaitForBuildsAsync(b => CiGateway.Over(b[0]), "the killed build to end", TimeSpan.FromSeconds(30));
        var view = await _gateway.StatusAsync(builds[0].BuildId);

        Assert.Equal("FAILED", view.BuildSum.Status);
        Assert.Equal(("build", 1, "the build was killed"), (view.Stages[^1].Stage, view.Stages[^1].Status, view.Stages[^1].Error));
        Assert.Empty(await TestDocker.BuildContainersAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await ci.PostAsync($"/plugins/ci/v1/kill/{hash[..7]}", null)).StatusCode);
    }

    [Fact]
    public async Task The_ci_build_and_kill_verbs_say_what_they_did_or_why_not()
    {
        string hash = await _gateway.PushConfigAsync("app", "machineTag: shell\nbuildTool: sh\nbranches: [main]\nstages: [{name: wait, script: ['sleep 60']}]\n");
        await _gateway.WaitForBuildsAsync(b => b.Length == 1 && b[0].Status == "RUNNING", "the push's build to run");
        using var ci = await ClientWithScopeAsync("ops-cli", "ci");

        var refused = new StringWriter();
        int notBuilt = await BuildVerb.Verb.RunAsync(new CliCall(new Dictionary<string, string?> { ["acctRepo"] = "org/app", ["branch"] = "topic" }, ci, refused, Json: false), default);
        var output = new StringWriter();
        int built = await BuildVerb.Verb.RunAsync(new CliCall(new Dictionary<string, string?> { ["acctRepo"] = "org/app", ["hash"] = hash, ["force"] = "true" }, ci, output, Json: false), default);
        var killedOutput = new StringWriter();
        int killed = await KillVerb.Verb.RunAsync(new CliCall(new Dictionary<string, string?> { ["hash"] = hash[..8] }, ci, killedOutput, Json: false), default);
        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 2 && b.All(CiGateway.Over), "both builds to be killed");

        Assert.Equal((1, "not built (400): org/app has no branch topic"), (notBuilt, refused.ToString().Trim()));
        Assert.Equal((0, $"build 2 of org/app main at {hash}: QUEUED"), (built, output.ToString().Trim()));
        Assert.Equal(0, killed);
        Assert.Matches($"^Successfully killed build for {hash[..8]} ✓ \\(builds (2, 1|1, 2)\\)$", killedOutput.ToString().Trim());
        Assert.All(builds, b => Assert.Equal("FAILED", b.Status));
    }

    private async Task<HttpClient> ClientWithScopeAsync(string name, string scope)
    {
        using var admin = _gateway.CreateAdminClient();
        using var created = await admin.PostAsJsonAsync("/api/tokens", new { name, scopes = new[] { scope } });
        created.EnsureSuccessStatusCode();
        string token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public void Dispose() => _gateway.Dispose();
}
