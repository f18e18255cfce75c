using System.Text.Json;
using Hooks.Plugins.Ci.Tests.Support;
using Hooks.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Hooks.Plugins.Ci.Tests.Flow;

/// <summary>What a build leaves behind: commit statuses on the forge, a Slack post in the right words, metrics, subscribed builds.</summary>
public sealed class ResultsFacts : IDisposable
{
    private readonly CiGateway _gateway = new();
    private readonly WireMockServer _forge = WireMockServer.Start();

    public ResultsFacts()
    {
        _forge.Given(Request.Create().WithPath("/api/v3/repos/org/*").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 1 }));
        _forge.Given(Request.Create().WithPath("/slack/team-hook").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBody("ok"));
        _gateway.Settings["Hooks:Sources:github:BaseUrl"] = _forge.Url;
        _gateway.Settings["Hooks:Sources:github:Token"] = "ghp_statuses";
        _gateway.Settings["Hooks:Plugins:ci:Slack:team"] = _forge.Url + "/slack/team-hook";
    }

    [Fact]
    public async Task Commit_statuses_go_pending_then_success_or_failure_and_Slack_hears_what_it_asked_for_in_the_right_words()
    {
        const string Notify = "notify:\n  slack:\n    channel: '#builds'\n    identifier: team\n    on: [pass, FAIL]\n";
        string good = await _gateway.PushConfigAsync("good", "machineTag: shell\nbuildTool: sh\nbranches: [ALL]\nstages: [{name: test, script: [true]}]\n" + Notify);
        string bad = await _gateway.PushConfigAsync("bad", "machineTag: shell\nbuildTool: sh\nbranches: [ALL]\nstages: [{name: test, script: [false]}]\n" + Notify);
        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 2 && b.All(CiGateway.Over), "both builds");
        var calls = await Eventually.Get(() => Task.FromResult(_forge.LogEntries.ToList()), e => e.Count == 8, "six statuses and two posts");

        string States(string repo, string sha) => string.Join(",", calls
            .Where(c => c.RequestMessage.Path == $"/api/v3/repos/org/{repo}/statuses/{sha}")
            .Select(c => JsonDocument.Parse(c.RequestMessage.Body!).RootElement.GetProperty("state").GetString()));
        Assert.Equal("pending,pending,success", States("good", good));
        Assert.Equal("pending,pending,failure", States("bad", bad));
        var status = JsonDocument.Parse(calls.Last(c => c.RequestMessage.Path.EndsWith(bad, StringComparison.Ordinal)).RequestMessage.Body!).RootElement;
        Assert.Equal("ci", status.GetProperty("context").GetString());
        Assert.Equal($"http://hooks.test/plugins/ci/builds/{builds.Single(b => b.Repo == "bad").BuildId}", status.GetProperty("target_url").GetString());

        var posts = calls.Where(c => c.RequestMessage.Path == "/slack/team-hook").Select(c => JsonDocument.Parse(c.RequestMessage.Body!).RootElement).ToList();
        Assert.All(posts, p => Assert.Equal("#builds", p.GetProperty("channel").GetString()));
        string passed = posts.Single(p => p.GetProperty("text").GetString()!.Contains("org/good", StringComparison.Ordinal)).GetProperty("text").GetString()!;
        string failed = posts.Single(p => p.GetProperty("text").GetString()!.Contains("org/bad", StringComparison.Ordinal)).GetProperty("text").GetString()!;
        Assert.Equal($"✓ build {builds.Single(b => b.Repo == "good").BuildId} of org/good main ({good[..7]}) passed. http://hooks.test/plugins/ci/builds/{builds.Single(b => b.Repo == "good").BuildId}", passed);
        Assert.StartsWith($"✗ build {builds.Single(b => b.Repo == "bad").BuildId} of org/bad main ({bad[..7]}) failed: test: exit code was not 0.", failed, StringComparison.Ordinal);

        using var admin = _gateway.CreateAdminClient();
        string metrics = await Eventually.Get(() => admin.GetStringAsync("/metrics"), m => m.Contains("hooks_ci_queue_depth", StringComparison.Ordinal), "the queue gauge");
        Assert.Matches("hooks_ci_builds_total\\{[^}]*result=\"PASSED\"[^}]*\\} 1", metrics);
        Assert.Matches("hooks_ci_builds_total\\{[^}]*result=\"FAILED\"[^}]*\\} 1", metrics);
        Assert.Contains("hooks_ci_build_duration_seconds_bucket{", metrics, StringComparison.Ordinal);
        Assert.Matches("hooks_ci_active_builds(_ratio)?\\{[^}]*\\} 0", metrics);
    }

    [Fact]
    public async Task A_passing_upstream_build_builds_the_subscribed_branch_head_with_the_alias_variables_and_the_link()
    {
        var app = _gateway.Repository("app");
        await _gateway.PushConfigAsync("app", """
            machineTag: shell
            buildTool: sh
            branches: [main, develop]
            subscriptions:
              - alias: LIB
                acctRepo: org/lib
                branches: ["main:develop"]
            stages:
              - name: show
                script: ['echo "lib=$LIB_GIT_HASH short=$LIB_GIT_HASH_SHORT id=$LIB_BUILD_ID branch=$LIB_GIT_BRANCH"']
              - name: downstream
                triggers: ['\upstream LIB']
                script: [echo because of lib]
            """);
        await _gateway.WaitForBuildsAsync(b => b.Length == 1 && CiGateway.Over(b[0]), "app's own build");
        LocalGitRepository.Git(app.WorkPath, "checkout", "--quiet", "-b", "develop");
        string develop = app.Commit("develop.txt", "on develop");

        string lib = await _gateway.PushConfigAsync("lib", "machineTag: shell\nbuildTool: sh\nbranches: [main]\nstages: [{name: test, script: [true]}]\n");
        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 3 && b.All(CiGateway.Over), "lib's build and the subscribed build");

        var upstream = builds.Single(b => b.Repo == "lib");
        var subscribed = builds.Single(b => b.SignaledBy == "SUBSCRIBED");
        var view = await _gateway.StatusAsync(subscribed.BuildId);
        Assert.Equal(("PASSED", "app", "develop", develop, upstream.BuildId, "LIB"), (subscribed.Status, subscribed.Repo, subscribed.Branch, subscribed.Hash, subscribed.UpstreamBuildId, subscribed.UpstreamAlias));
        Assert.Contains($"SHOW | lib={lib} short={lib[..7]} id={upstream.BuildId} branch=main", await _gateway.LogAsync(subscribed.BuildId));
        Assert.Equal(0, view.Stages.Single(s => s.Stage == "downstream").Status);
        var own = builds.Single(b => b.Repo == "app" && b.SignaledBy == "PUSH");
        Assert.Equal(2, (await _gateway.StatusAsync(own.BuildId)).Stages.Single(s => s.Stage == "downstream").Status);
        Assert.Contains($"org/app develop subscribes as LIB: build {subscribed.BuildId}", await _gateway.LogAsync(upstream.BuildId));
        using var pages = _gateway.CreateClient();
        Assert.Contains($"<a id=\"upstream\" href=\"{upstream.BuildId}\">#{upstream.BuildId}</a> as LIB", await pages.GetStringAsync($"/plugins/ci/builds/{subscribed.BuildId}"));
        Assert.Contains($"<a href=\"{subscribed.BuildId}\">#{subscribed.BuildId}</a> org/app develop", await pages.GetStringAsync($"/plugins/ci/builds/{upstream.BuildId}"));
    }

    public void Dispose()
    {
        _gateway.Dispose();
        _forge.Dispose();
    }
}
