using Hooks.Plugins.Ci.Tests.Support;

namespace Hooks.Plugins.Ci.Tests.Flow;

/// <summary>Tagged builds run as processes on workers serving their tag; time limits per stage and per build end builds FAILED.</summary>
public sealed class ExecutorFacts : IDisposable
{
    private readonly CiGateway _gateway = new();

    [Fact]
    public async Task A_machineTag_build_runs_its_stages_as_processes_in_the_checkout_on_the_tag_s_queue()
    {
        string hash = await _gateway.PushConfigAsync("app", """
            machineTag: shell
            buildTool: sh
            branches: [ALL]
            env: [GREETING=hello]
            stages:
              - name: Build
                script:
                  - 'echo "$GREETING from $(basename "$WORKSPACE") at $GIT_HASH_SHORT in $(pwd)"'
                  - test -f ocelot.yml
                trigers: ['\branch nothing']
            """);

        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 1 && CiGateway.Over(b[0]), "the tagged build");
        string log = await _gateway.LogAsync(builds[0].BuildId);

        Assert.True(builds[0].Status == "PASSED", log);
        Assert.Equal("ci-shell", builds[0].Queue);
        Assert.Matches($"BUILD \\| hello from app-{hash[..12]}\\S* at {hash[..7]} in /\\S+/workspaces/app-{hash[..12]}", log);
        Assert.Contains("SETUP | Running on this worker (machineTag shell)", log);
        Assert.Contains("QUEUE | ocelot.yml: stage Build: unknown key 'trigers' (line 10) is ignored", log);
    }

    [Fact]
    public async Task A_stage_without_a_name_runs_under_its_number_and_the_build_ends()
    {
        await _gateway.PushConfigAsync("app", "machineTag: shell\nbuildTool: sh\nbranches: [ALL]\nstages: [{script: ['echo nameless']}]\n");

        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 1 && CiGateway.Over(b[0]), "the build to end");
        var view = await _gateway.StatusAsync(builds[0].BuildId);

        Assert.Equal("PASSED", view.BuildSum.Status);
        Assert.Equal(("stage-1", 0), (view.Stages[^1].Stage, view.Stages[^1].Status));
        Assert.Contains("STAGE-1 | nameless", await _gateway.LogAsync(builds[0].BuildId));
    }

    [Fact]
    public async Task A_build_for_a_tag_no_worker_serves_waits_on_its_own_queue()
    {
        await _gateway.PushConfigAsync("mobile", "machineTag: ios\nbuildTool: xcode\nbranches: [ALL]\nstages: [{name: a, script: [true]}]\n");
        await _gateway.WaitForBuildsAsync(b => b.Length == 1, "the ios build to be queued");
        await _gateway.PushConfigAsync("app", "machineTag: shell\nbuildTool: sh\nbranches: [ALL]\nstages: [{name: a, script: [true]}]\n");

        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 2 && b.Any(x => x.Repo == "app" && CiGateway.Over(x)), "the shell build, queued after it, to end");

        var ios = builds.Single(b => b.Repo == "mobile");
        Assert.Equal(("QUEUED", "ci-ios"), (ios.Status, ios.Queue));
        Assert.Equal("PASSED", builds.Single(b => b.Repo == "app").Status);
    }

    [SkippableFact]
    public async Task A_stage_over_its_time_limit_fails_the_build_saying_so_and_the_container_goes()
    {
        await TestDocker.EnsureAsync();
        await _gateway.PushConfigAsync("app", """
            image: hooks-test/ci-busybox:1
            buildTool: sh
            branches: [ALL]
            stages:
              - name: slow
                timeout: 1s
                script: [echo started, sleep 30]
              - name: never
                script: [echo never]
            """);

        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 1 && CiGateway.Over(b[0]), "the slow build", TimeSpan.FromSeconds(30));
        var view = await _gateway.StatusAsync(builds[0].BuildId);

        Assert.Equal("FAILED", view.BuildSum.Status);
        Assert.Equal(("slow", 1, "stage timed out after 00:00:01"), (view.Stages[^1].Stage, view.Stages[^1].Status, view.Stages[^1].Error));
        Assert.Contains("SLOW | started", await _gateway.LogAsync(builds[0].BuildId));
        Assert.Empty(await TestDocker.BuildContainersAsync());
    }

    [SkippableFact]
    public async Task An_image_that_is_neither_present_nor_pullable_fails_the_setup_stage_and_the_build()
    {
        await TestDocker.EnsureAsync();
        await _gateway.PushConfigAsync("app", "image: hooks-test/not-there:1\nbuildTool: sh\nbranches: [ALL]\nstages: [{name: a, script: [true]}]\n");

        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 1 && CiGateway.Over(b[0]), "the build to fail", TimeSpan.FromSeconds(120));
        var view = await _gateway.StatusAsync(builds[0].BuildId);

        Assert.Equal("FAILED", view.BuildSum.Status);
        Assert.Equal([("pre-build-validation", 0), ("setup", 1)], view.Stages.Select(s => (s.Stage, s.Status)));
        Assert.StartsWith("docker: ", view.Stages[1].Error, StringComparison.Ordinal);
        Assert.Contains("SETUP | Pulling hooks-test/not-there:1...", await _gateway.LogAsync(builds[0].BuildId));
    }

    [Fact]
    public async Task A_build_over_the_build_time_limit_fails_in_the_stage_it_was_in()
    {
        using var gateway = new CiGateway();
        gateway.Settings["Hooks:Plugins:ci:BuildTimeout"] = "00:00:02";
        await gateway.PushConfigAsync("app", "machineTag: shell\nbuildTool: sh\nbranches: [ALL]\nstages: [{name: quick, script: [true]}, {name: endless, script: [sleep 60]}]\n");

        var builds = await gateway.WaitForBuildsAsync(b => b.Length == 1 && CiGateway.Over(b[0]), "the endless build", TimeSpan.FromSeconds(30));
        var view = await gateway.StatusAsync(builds[0].BuildId);

        Assert.Equal("FAILED", view.BuildSum.Status);
        Assert.Equal(
            [("pre-build-validation", 0, ""), ("setup", 0, ""), ("quick", 0, ""), ("endless", 1, "the build timed out after 00:00:02")],
            view.Stages.Select(s => (s.Stage, s.Status, s.Error)));
    }

    public void Dispose() => _gateway.Dispose();
}
