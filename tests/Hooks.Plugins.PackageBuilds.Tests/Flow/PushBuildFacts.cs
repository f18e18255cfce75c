using Hooks.Testing;
using Hooks.Plugins.PackageBuilds.Tests.Support;

namespace Hooks.Plugins.PackageBuilds.Tests.Flow;

/// <summary>amp_ci's generation-1 <c>amp.yaml</c>, unchanged: a push builds exactly its commit beside the bootstrap checkout.</summary>
public sealed class PushBuildFacts : IDisposable
{
    private readonly BuildsGateway _gateway = new();

    public PushBuildFacts()
    {
        // amp_ci's last amp.yaml, but for the base URL and the temp root: host and port are ignored, and the
        // 'refs/head/...' keys that matched nothing there are read as the branches they meant.
        _gateway.Configure(AmpCiFiles.Generation1
            .Replace("https://github.com/AudiovisualMetadataPlatform", "{baseurl}", StringComparison.Ordinal)
            .Replace("/srv/scratch", "{out}", StringComparison.Ordinal));
        string outputs = _gateway.Outputs;
        _gateway.Repository("amp_bootstrap").Commit("build_packages", $"""
            set -e
            git -C src_repos/amppd rev-parse HEAD > {outputs}/commit
            ls > {outputs}/layout
            ls src_repos > {outputs}/sources
            env | grep -E '^(HOOKS_|TMP|TEMP)' | sort > {outputs}/env
            echo build_packages >> {outputs}/order
            """);
        _gateway.Repository("amp_bootstrap").Commit("distribute_to_liger", $"echo distribute_to_liger >> {outputs}/order\n");
    }

    [Fact]
    public async Task The_pushed_commit_is_built_not_the_branch_head_and_the_scripts_run_in_order_beside_the_bootstrap()
    {
        var amppd = _gateway.Repository("amppd");
        string pushed = amppd.Commit("README.md", "v1");
        amppd.Commit("README.md", "v2, pushed after the webhook was sent");

        await _gateway.PushAsync("amppd", "main", pushed);
        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 1 && BuildsGateway.Over(b[0]), "the build to end");

        var build = Assert.Single(builds);
        Assert.Equal("succeeded", build.Status);
        Assert.Equal(pushed, build.Commit);
        Assert.Equal(pushed, _gateway.Output("commit"));
        Assert.Equal(["amp_bootstrap", "src_repos"], _gateway.Output("layout").Split('\n'));
        Assert.Equal("amppd", _gateway.Output("sources"));
        Assert.Equal(["build_packages", "distribute_to_liger"], _gateway.Output("order").Split('\n'));
        var environment = _gateway.Output("env").Split('\n');
        Assert.Contains("HOOKS_REPOSITORY=amppd", environment);
        Assert.Contains("HOOKS_REF=refs/heads/main", environment);
        Assert.Contains("HOOKS_BRANCH=main", environment);
        Assert.Contains($"HOOKS_COMMIT={pushed}", environment);
        Assert.Contains("HOOKS_PUSHER_EMAIL=ada@example.org", environment);
        Assert.Contains($"HOOKS_BUILD_ID={build.Id:D}", environment);
        Assert.Contains($"TMPDIR={_gateway.Outputs}", environment);
        Assert.Contains($"TEMP={_gateway.Outputs}", environment);
        Assert.Equal("ada", build.RequestedBy);
    }

    [Fact]
    public async Task The_log_holds_every_command_its_output_and_exit_code()
    {
        string pushed = _gateway.Repository("amppd").Commit("README.md", "v1");

        await _gateway.PushAsync("amppd", "main", pushed);
        var build = (await _gateway.WaitForBuildsAsync(b => b.Length == 1 && BuildsGateway.Over(b[0]), "the build to end"))[0];

        using var client = _gateway.CreateAdminClient();
        string log = await client.GetStringAsync(build.Log);
        Assert.Contains("$ build_packages", log, StringComparison.Ordinal);
        Assert.Contains("build_packages: exit code 0 after", log, StringComparison.Ordinal);
        Assert.Contains("$ distribute_to_liger", log, StringComparison.Ordinal);
        Assert.Contains("Scripts from scripts.refs/heads/main", log, StringComparison.Ordinal);
        Assert.Contains("Build succeeded", log, StringComparison.Ordinal);
        Assert.True(log.IndexOf("$ build_packages", StringComparison.Ordinal) < log.IndexOf("$ distribute_to_liger", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Builds_ignored_pushes_and_the_queue_show_on_metrics()
    {
        string pushed = _gateway.Repository("amppd").Commit("README.md", "v1");

        await _gateway.PushAsync("amppd", "main", pushed);
        await _gateway.PushAsync("amppd", "topic", pushed);
        await _gateway.WaitForBuildsAsync(b => b.Length == 2 && b.All(BuildsGateway.Over), "the build to end");

        using var client = _gateway.CreateAdminClient();
        string metrics = await Hooks.Testing.Eventually.Get(() => client.GetStringAsync("/metrics"), m => m.Contains("hooks_package_builds_queue_length", StringComparison.Ordinal), "the queue gauge");
        Assert.Matches("hooks_package_builds_builds_total\\{[^}]*repository=\"amppd\"[^}]*result=\"succeeded\"[^}]*\\} 1", metrics);
        Assert.Matches("hooks_package_builds_ignored_total\\{[^}]*repository=\"amppd\"[^}]*\\} 1", metrics);
        Assert.Contains("hooks_package_builds_duration_seconds_bucket{", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_push_to_a_branch_without_scripts_or_a_repository_not_listed_or_a_tag_or_a_deletion_is_recorded_as_ignored()
    {
        string commit = _gateway.Repository("amppd").Commit("README.md", "v1");
        string other = _gateway.Repository("not-listed").Commit("README.md", "v1");

        await _gateway.PushAsync("amppd", "feature", commit);
        await _gateway.PushAsync("not-listed", "main", other);
        await _gateway.PushAsync("amppd", "v1.0", commit, reference: "refs/tags/v1.0");
        await _gateway.PushAsync("amppd", "main", GitHubPush.Zeros, before: commit, deleted: true);
        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 4, "four pushes recorded");

        Assert.All(builds, b => Assert.Equal("ignored", b.Status));
        var reasons = builds.Select(b => b.Reason).ToList();
        Assert.Contains("no scripts for branch feature of amppd in amp.yaml", reasons);
        Assert.Contains("repository 'not-listed' is not in repos of amp.yaml", reasons);
        Assert.Contains("tag v1.0 pushed: tags do not build", reasons);
        Assert.Contains("branch main was deleted", reasons);
    }

    public void Dispose() => _gateway.Dispose();
}
