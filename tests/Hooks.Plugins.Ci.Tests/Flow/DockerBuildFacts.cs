using Hooks.Plugins.Ci.Tests.Support;

namespace Hooks.Plugins.Ci.Tests.Flow;

/// <summary>A push builds its exact commit in one container of the file's image, stage by stage, as Ocelot did.</summary>
public sealed class DockerBuildFacts : IDisposable
{
    private const string Pipeline = """
        image: hooks-test/ci-busybox:1
        buildTool: sh
        branches: [main, release/.*]
        env:
          - TOP=from-the-file
          - SHADOWED=file
        stages:
          - name: Build
            env: [SHADOWED=stage, STAGE_ONLY=yes]
            script:
              - echo "hash=$GIT_HASH short=$GIT_HASH_SHORT branch=$GIT_BRANCH id=$BUILD_ID prev=[$GIT_PREVIOUS_SUCCESSFUL_COMMIT]"
              - echo "ws=$WORKSPACE pwd=$(pwd) top=$TOP shadowed=$SHADOWED only=$STAGE_ONLY"
              - cat marker.txt
              - echo built > /tmp/state
          - name: docs
            triggers:
              - \filepath docs/
            script:
              - echo never
          - name: Legacy
            trigger:
              branches: [release/.*]
            script:
              - echo never either
          - name: same container
            script:
              - cat /tmp/state
              - echo "only=[$STAGE_ONLY]"
        """;

    private readonly CiGateway _gateway = new();

    [SkippableFact]
    public async Task A_pushed_commit_runs_its_stages_in_one_container_with_Ocelot_s_variables_rows_and_log_prefixes()
    {
        await TestDocker.EnsureAsync();
        var repo = _gateway.Repository("app");
        repo.Commit("marker.txt", "first version");
        string first = await _gateway.PushConfigAsync("app", Pipeline);
        repo.Commit("marker.txt", "pushed after the webhook was sent");

        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 1 && CiGateway.Over(b[0]), "the build to end");
        var view = await _gateway.StatusAsync(builds[0].BuildId);
        string log = await _gateway.LogAsync(view.BuildSum.BuildId);

        Assert.True(view.BuildSum.Status == "PASSED", log);
        Assert.Equal(first, view.BuildSum.Hash);
        Assert.Equal(("org", "app", "main", "PUSH", false), (view.BuildSum.Account, view.BuildSum.Repo, view.BuildSum.Branch, view.BuildSum.SignaledBy, view.BuildSum.Failed));
        Assert.Equal(
            [("pre-build-validation", 0), ("setup", 0), ("build", 0), ("docs", 2), ("Legacy", 2), ("same container", 0)],
            view.Stages.Select(s => (s.Stage, s.Status)));
        Assert.Equal(["Passed initial validation ✓"], view.Stages[0].Messages);
        Assert.Equal(["completed build stage ✓"], view.Stages[2].Messages);
        Assert.Equal(["skipping because the current changeset does not meet the trigger conditions"], view.Stages[3].Messages);
        Assert.Contains($"BUILD | hash={first} short={first[..7]} branch=main id={view.BuildSum.BuildId} prev=[]", log);
        Assert.Contains($"BUILD | ws=/.ocelot/{first} pwd=/.ocelot/{first} top=from-the-file shadowed=stage only=yes", log);
        Assert.Contains("BUILD | first version", log);
        Assert.Contains("SAME CONTAINER | built", log);
        Assert.Contains("SAME CONTAINER | only=[]", log);
        Assert.DoesNotContain("never", log.Replace("skipping", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(await TestDocker.BuildContainersAsync());

        string second = await _gateway.PushConfigAsync("app", Pipeline.Replace("cat marker.txt", "exit 3", StringComparison.Ordinal));
        var failed = await _gateway.WaitForBuildsAsync(b => b.Length == 2 && CiGateway.Over(b[0]), "the second build to end");
        var failedView = await _gateway.StatusAsync(failed[0].BuildId);
        string failedLog = await _gateway.LogAsync(failedView.BuildSum.BuildId);

        Assert.True(failedView.BuildSum.BuildId > view.BuildSum.BuildId);
        Assert.Equal(("FAILED", true, second), (failedView.BuildSum.Status, failedView.BuildSum.Failed, failedView.BuildSum.Hash));
        Assert.Equal([("pre-build-validation", 0), ("setup", 0), ("build", 1)], failedView.Stages.Select(s => (s.Stage, s.Status)));
        Assert.Equal("exit code was not 0", failedView.Stages[2].Error);
        Assert.Equal(["failed to complete build stage ✗"], failedView.Stages[2].Messages);
        Assert.Contains($"prev=[{first}]", failedLog);
        Assert.Contains("BUILD | exit code was 3", failedLog);
        Assert.Empty(await TestDocker.BuildContainersAsync());
    }

    [SkippableFact]
    public async Task A_container_an_earlier_attempt_left_behind_is_removed_before_the_build_runs()
    {
        await TestDocker.EnsureAsync();
        using (var docker = TestDocker.Client())
        {
            var left = await docker.Containers.CreateContainerAsync(new Docker.DotNet.Models.CreateContainerParameters
            {
                Image = TestDocker.Image,
                Cmd = ["/bin/sh", "-c", "while :; do sleep 3600; done"],
                Labels = new Dictionary<string, string> { ["hooks.ci.build"] = "1" },
            });
            await docker.Containers.StartContainerAsync(left.ID, new Docker.DotNet.Models.ContainerStartParameters());
        }

        await _gateway.PushConfigAsync("app", "image: hooks-test/ci-busybox:1\nbuildTool: sh\nbranches: [ALL]\nstages: [{name: a, script: [true]}]\n");
        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 1 && CiGateway.Over(b[0]), "the build to end");

        Assert.Equal((1L, "PASSED"), (builds[0].BuildId, builds[0].Status));
        Assert.Contains("of an earlier attempt", await _gateway.LogAsync(1));
        Assert.Empty(await TestDocker.BuildContainersAsync());
    }

    public void Dispose() => _gateway.Dispose();
}
