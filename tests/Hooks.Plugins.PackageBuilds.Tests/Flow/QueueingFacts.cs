using Hooks.Plugins.PackageBuilds.Tests.Support;

namespace Hooks.Plugins.PackageBuilds.Tests.Flow;

/// <summary>Pushes that pile up coalesce to the newest; one build of a repository and branch at a time; a bootstrap push fans out once each.</summary>
public sealed class QueueingFacts : IDisposable
{
    private readonly BuildsGateway _gateway = new();

    public QueueingFacts()
    {
        // A build holds a lock directory for its repository and branch: a second one at the same time would fail.
        _gateway.Configure("""
            baseurl: {baseurl}
            workers: 3
            repos: [slow, a, b, c]
            scripts:
              '*':
                - mkdir {out}/lock-$HOOKS_REPOSITORY || exit 9
                - sleep ${HOOKS_SLEEP:-0}; if [ "$HOOKS_REPOSITORY" = slow ]; then sleep 3; fi
                - echo "$HOOKS_REPOSITORY $HOOKS_COMMIT" >> {out}/built
                - rmdir {out}/lock-$HOOKS_REPOSITORY
            """);
        _gateway.Repository("amp_bootstrap").Commit("README.md", "bootstrap");
    }

    [Fact]
    public async Task Pushes_that_pile_up_behind_a_running_build_coalesce_to_the_newest_commit()
    {
        var slow = _gateway.Repository("slow");
        string first = slow.Commit("README.md", "1");
        await _gateway.PushAsync("slow", "main", first);
        await _gateway.WaitForBuildsAsync(b => b.Any(x => x.Status == "running"), "the first build to run");
        string second = slow.Commit("README.md", "2");
        await _gateway.PushAsync("slow", "main", second, before: first);
        string third = slow.Commit("README.md", "3");
        await _gateway.PushAsync("slow", "main", third, before: second);

        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 3 && b.All(BuildsGateway.Over), "three builds to end");

        Assert.Equal("succeeded", builds.Single(b => b.Commit == first).Status);
        Assert.Equal("superseded", builds.Single(b => b.Commit == second).Status);
        Assert.Equal("succeeded", builds.Single(b => b.Commit == third).Status);
        Assert.Equal([$"slow {first}", $"slow {third}"], _gateway.Output("built").Split('\n'));
    }

    [Fact]
    public async Task A_bootstrap_push_rebuilds_every_repository_at_its_head_once_even_with_a_push_to_one_of_them_right_after()
    {
        string a = _gateway.Repository("a").Commit("README.md", "a");
        string b = _gateway.Repository("b").Commit("README.md", "b");
        string c = _gateway.Repository("c").Commit("README.md", "c");
        string slow = _gateway.Repository("slow").Commit("README.md", "slow");
        var bootstrap = _gateway.Repository("amp_bootstrap");
        string bootstrapCommit = bootstrap.Commit("README.md", "bootstrap v2");

        await _gateway.PushAsync("amp_bootstrap", "main", bootstrapCommit);
        await _gateway.PushAsync("a", "main", a);
        var builds = await _gateway.WaitForBuildsAsync(b => b.Count(x => x.Status == "succeeded") == 4 && b.All(BuildsGateway.Over), "every repository built");

        var built = _gateway.Output("built").Split('\n').Order().ToArray();
        Assert.Equal([$"a {a}", $"b {b}", $"c {c}", $"slow {slow}"], built);
        Assert.All(builds.Where(x => x.Status == "succeeded" && x.Repository != "a"), x => Assert.Equal("bootstrap", x.Trigger));
        Assert.Single(builds, x => x.Repository == "a" && x.Status == "succeeded");
        Assert.All(builds, x => Assert.Contains(x.Status, (string[])["succeeded", "superseded"]));
    }

    public void Dispose() => _gateway.Dispose();
}
