using Hooks.Plugins.Ci.Tests.Support;
using Hooks.Testing;
using static Hooks.Plugins.Ci.Tests.Support.Deliveries;

namespace Hooks.Plugins.Ci.Tests.Flow;

/// <summary>What builds and what does not: branches, <c>[skip ci]</c>, no file, a file that fails validation or is not YAML.</summary>
public sealed class IntakeFacts : IDisposable
{
    private readonly CiGateway _gateway = new();

    [Fact]
    public async Task Pushes_that_build_nothing_are_recorded_with_Ocelot_s_reasons()
    {
        var repo = _gateway.Repository("app");
        string plain = repo.Commit("README.md", "no ocelot.yml here");
        await _gateway.DeliverAsync(GitHubPush("app", "main", Hooks.Testing.GitHubPush.Zeros, plain, repo.Url, [new PushedCommit(plain, "readme")]));
        string config = repo.Commit("ocelot.yml", "image: hooks-test/ci-busybox:1\nbuildTool: sh\nbranches: [main, 'rel_.*']\nstages: [{name: a, script: [true]}]\n");
        await _gateway.DeliverAsync(GitHubPush("app", "topic", plain, config, repo.Url, [new PushedCommit(config, "config")]));
        string skipped = repo.Commit("README.md", "skip");
        await _gateway.DeliverAsync(GitHubPush("app", "main", config, skipped, repo.Url, [new PushedCommit(config, "config"), new PushedCommit(skipped, "docs only [skip ci]")]));

        var ignored = await Eventually.Get(_gateway.IgnoredAsync, i => i.Length == 3, "three ignored pushes");

        Assert.Equal(
            [
                "no ocelot yaml found for repo org/app",
                "branch topic not in the acceptable branches list: main, rel_.*",
                $"build will not be queued because one of [skip ci] | [ci skip] was found in the commit with hash {skipped}. the full commit message is docs only [skip ci]",
            ],
            ignored.Select(i => i.Reason).OrderBy(r => r.Length));
        Assert.Empty(await _gateway.BuildsAsync());
    }

    [Theory]
    [InlineData("image: hooks-test/ci-busybox:1\nbranches: [ALL]\nstages: [{name: a, script: [true]}]\n", "BuildTool must be specified")]
    [InlineData("image: hooks-test/ci-busybox:1\nbuildTool: sh\nbranches: [ALL]\nstages: [{name: deploy, script: []}]\n", "Script for stage deploy should not be empty")]
    [InlineData("image: hooks-test/ci-busybox:1\nbuildTool: sh\nbranches: [ALL]\nstages: [{name: a, script: [true], triggers: ['\\branch a||b&&c']}]\n", "'triggers' conditions must follow spec, this one did not: \\branch a||b&&c: || and && cannot yet be combined in one directive. sorry.")]
    [InlineData("image: hooks-test/ci-busybox:1\nbuildTool: sh\nbranches: [ALL\nstages: []\n", "ocelot.yml is not valid YAML")]
    public async Task A_file_that_fails_validation_or_does_not_parse_gives_a_FAILED_PRESTART_build_saying_why(string yaml, string reason)
    {
        var repo = _gateway.Repository("app");
        string commit = repo.Commit("ocelot.yml", yaml);
        await _gateway.DeliverAsync(GitHubPush("app", "main", Hooks.Testing.GitHubPush.Zeros, commit, repo.Url, [new PushedCommit(commit, "config")]));

        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 1, "the build");
        var view = await _gateway.StatusAsync(builds[0].BuildId);

        Assert.Equal(("FAILED_PRESTART", true), (view.BuildSum.Status, view.BuildSum.Failed));
        var validation = Assert.Single(view.Stages);
        Assert.Equal(("pre-build-validation", 1), (validation.Stage, validation.Status));
        Assert.Equal(["Failed initial validation"], validation.Messages);
        Assert.StartsWith(reason, validation.Error, StringComparison.Ordinal);
        Assert.Contains("PRE-BUILD-VALIDATION | " + reason, await _gateway.LogAsync(builds[0].BuildId));
    }

    public void Dispose() => _gateway.Dispose();
}
