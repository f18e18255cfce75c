using Hooks.Plugins.Ci.Tests.Support;
using static Hooks.Plugins.Ci.Tests.Support.Deliveries;

namespace Hooks.Plugins.Ci.Tests.Flow;

/// <summary>Pushes from GitLab, Gitea and Bitbucket Cloud, and GitHub pull requests, build alike; the changed paths come from git.</summary>
public sealed class ForgeFacts : IDisposable
{
    private const string Pipeline = """
        image: hooks-test/ci-busybox:1
        buildTool: sh
        branches: [main]
        stages:
          - name: sources
            triggers: ['\filepath src/']
            script: ['echo "sources changed on $GIT_BRANCH"']
          - name: release
            triggers: ['\text release-me or \branch nomatch']
            script: [echo releasing]
          - name: always
            script: ['echo "built $GIT_HASH_SHORT"']
        """;

    private readonly CiGateway _gateway = new();

    [SkippableFact]
    public async Task A_push_from_each_forge_builds_its_commit_and_the_changed_paths_decide_the_stages()
    {
        await TestDocker.EnsureAsync();
        var pushes = new Dictionary<string, Func<string, string, string, PushedCommit, (string, byte[], Dictionary<string, string>)>>
        {
            ["from-gitlab"] = (repo, before, url, commit) => GitLabPush(repo, "main", before, commit.Id, url, [commit]),
            ["from-gitea"] = (repo, before, url, commit) => GiteaPush(repo, "main", before, commit.Id, url, [commit]),
            ["from-bitbucket"] = (repo, before, url, commit) => BitbucketPush(repo, "main", before, commit.Id, [commit]),
        };
        var expected = new Dictionary<string, string>();
        foreach (var (name, push) in pushes)
        {
            var repo = _gateway.Repository(name);
            string before = repo.Commit("ocelot.yml", Pipeline);
            // Forges name the paths per commit (Bitbucket: not at all); git's own diff from before to after is what counts.
            string after = repo.Commit("src/main.c", "int main;", name == "from-gitea" ? "release-me please" : "code");
            expected[name] = after;
            await _gateway.DeliverAsync(push(name, before, repo.Url, new PushedCommit(after, name == "from-gitea" ? "release-me please" : "code")));
        }

        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 3 && b.All(CiGateway.Over), "three builds to end");

        foreach (var (name, hash) in expected)
        {
            var build = builds.Single(b => b.Repo == name);
            var view = await _gateway.StatusAsync(build.BuildId);
            Assert.True(build.Status == "PASSED", await _gateway.LogAsync(build.BuildId));
            Assert.Equal((hash, "org", "main", "PUSH"), (build.Hash, build.Account, build.Branch, build.SignaledBy));
            Assert.Equal(0, view.Stages.Single(s => s.Stage == "sources").Status);
            Assert.Equal(name == "from-gitea" ? 0 : 2, view.Stages.Single(s => s.Stage == "release").Status);
            Assert.Contains("SOURCES | sources changed on main", await _gateway.LogAsync(build.BuildId));
        }
    }

    [SkippableFact]
    public async Task A_pull_request_builds_its_source_head_when_its_target_branch_is_listed()
    {
        await TestDocker.EnsureAsync();
        var repo = _gateway.Repository("app");
        repo.Commit("ocelot.yml", Pipeline);
        Hooks.Testing.LocalGitRepository.Git(repo.WorkPath, "checkout", "--quiet", "-b", "feature");
        string head = repo.Commit("docs/readme.md", "docs");

        await _gateway.DeliverAsync(GitHubPullRequest("app", "opened", 7, "feature", "main", head, repo.Url));
        await _gateway.DeliverAsync(GitHubPullRequest("app", "opened", 8, "feature", "stable", head, repo.Url));
        await _gateway.DeliverAsync(GitHubPullRequest("app", "closed", 7, "feature", "main", head, repo.Url));
        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 1 && CiGateway.Over(b[0]), "the pull request's build to end");
        var ignored = await Hooks.Testing.Eventually.Get(_gateway.IgnoredAsync, i => i.Length == 1, "the pull request into stable to be ignored");

        Assert.Equal(("PASSED", "PULL_REQUEST", "feature", head, 7L), (builds[0].Status, builds[0].SignaledBy, builds[0].Branch, builds[0].Hash, builds[0].PullRequest));
        Assert.Contains("ALWAYS | built " + head[..7], await _gateway.LogAsync(builds[0].BuildId));
        Assert.Equal("branch stable not in the acceptable branches list: main", ignored[0].Reason);
        Assert.Equal("PULL_REQUEST", ignored[0].SignaledBy);
    }

    public void Dispose() => _gateway.Dispose();
}
