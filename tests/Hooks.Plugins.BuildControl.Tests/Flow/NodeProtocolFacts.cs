using System.Net;
using System.Text.Json;
using Hooks.Plugins.BuildControl.Tests.Support;

namespace Hooks.Plugins.BuildControl.Tests.Flow;

/// <summary>The node protocol over HTTP, as albs-node speaks it.</summary>
public sealed class NodeProtocolFacts : IDisposable
{
    private readonly ControlGateway _gateway = new();

    [Fact]
    public async Task An_empty_queue_answers_200_with_the_body_null()
    {
        using var node = await _gateway.NodeAsync("node-1", "x86_64", "i686", "src");

        using var response = await node.PostAsync("build_node/get_task", new { supported_arches = new[] { "x86_64", "i686", "src" }, excluded_packages = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("null", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_task_carries_every_field_the_node_parses_and_src_goes_only_to_nodes_that_build_it()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64", "aarch64", "i686");
        var build = await ControlGateway.CreateBuildAsync(user, ["bash", "zsh"], ["AlmaLinux-9:x86_64,aarch64"], mockOptions: new { with = new[] { "tests" } });
        int buildId = build.GetProperty("id").GetInt32();
        using var arm = await _gateway.NodeAsync("arm-1", "aarch64");
        using var x86 = await _gateway.NodeAsync("x86-1", "x86_64", "i686", "src");

        Assert.Null(await arm.GetTaskAsync());
        var task = (await x86.GetTaskAsync())!.Value;

        Assert.Equal(["id", "build_id", "arch", "ref", "platform", "created_by", "repositories", "built_srpm_url", "srpm_hash", "is_secure_boot", "alma_commit_cas_hash", "is_cas_authenticated", "linked_builds"], task.EnumerateObject().Select(p => p.Name));
        Assert.Equal("src", task.GetProperty("arch").GetString());
        Assert.Equal(buildId, task.GetProperty("build_id").GetInt32());
        Assert.Equal("https://git.almalinux.org/rpms/bash.git", task.GetProperty("ref").GetProperty("url").GetString());
        Assert.Equal("imports/c9/bash-1.0-1.el9", task.GetProperty("ref").GetProperty("git_ref").GetString());
        Assert.Equal(2, task.GetProperty("ref").GetProperty("ref_type").GetInt32());
        var platform = task.GetProperty("platform");
        Assert.Equal("AlmaLinux-9", platform.GetProperty("name").GetString());
        Assert.Equal("rpm", platform.GetProperty("type").GetString());
        Assert.Equal("install bash", platform.GetProperty("data").GetProperty("mock").GetProperty("chroot_setup_cmd").GetString());
        Assert.Equal(".el9", platform.GetProperty("data").GetProperty("definitions").GetProperty("dist").GetString());
        Assert.Equal("--with-tests", platform.GetProperty("data").GetProperty("definitions").GetProperty("_with_tests").GetString());
        Assert.Equal("ada", task.GetProperty("created_by").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.String, task.GetProperty("created_by").GetProperty("email").ValueKind);
        Assert.Equal(
            ["AlmaLinux-9-BaseOS-x86_64", $"AlmaLinux-9-x86_64-{buildId}-br", $"AlmaLinux-9-x86_64-{buildId}-debug-br"],
            task.GetProperty("repositories").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.All(task.GetProperty("repositories").EnumerateArray(), r =>
        {
            Assert.Equal(10, r.GetProperty("priority").GetInt32());
            Assert.True(r.GetProperty("mock_enabled").GetBoolean());
            Assert.StartsWith("https://", r.GetProperty("url").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal(JsonValueKind.Null, task.GetProperty("built_srpm_url").ValueKind);
        Assert.False(task.GetProperty("is_secure_boot").GetBoolean());
        Assert.Equal(0, task.GetProperty("linked_builds").GetArrayLength());

        // Everything else waits for that source: the next ref's source and the architectures of this ref.
        Assert.Null(await x86.GetTaskAsync());
        Assert.Null(await arm.GetTaskAsync());
    }

    [Fact]
    public async Task A_built_source_rpm_releases_the_arches_which_then_build_from_its_url()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64", "aarch64");
        int buildId = (await ControlGateway.CreateBuildAsync(user, ["bash"], ["AlmaLinux-9:x86_64,aarch64"])).GetProperty("id").GetInt32();
        using var x86 = await _gateway.NodeAsync("x86-1", "x86_64", "src");
        using var arm = await _gateway.NodeAsync("arm-1", "aarch64");

        int src = await x86.TakeAsync();
        Assert.Equal(HttpStatusCode.OK, await x86.DoneStatusAsync(src, "done", "src"));
        var armTask = (await arm.GetTaskAsync())!.Value;

        Assert.Equal("aarch64", armTask.GetProperty("arch").GetString());
        Assert.Equal($"https://build.example/pulp/content/builds/AlmaLinux-9-src-{buildId}-br/Packages/b/bash-5.1.8-9.el9.src.rpm", armTask.GetProperty("built_srpm_url").GetString());
        Assert.Equal(["AlmaLinux-9-BaseOS-aarch64", $"AlmaLinux-9-aarch64-{buildId}-br", $"AlmaLinux-9-aarch64-{buildId}-debug-br"], armTask.GetProperty("repositories").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal("x86_64", (await x86.GetTaskAsync())!.Value.GetProperty("arch").GetString());
    }

    [Fact]
    public async Task Build_done_answers_ok_then_409_for_a_repeat_422_for_bad_values_and_404_for_an_unknown_task()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64");
        int buildId = (await ControlGateway.CreateBuildAsync(user, ["bash"], ["AlmaLinux-9:x86_64"])).GetProperty("id").GetInt32();
        using var node = await _gateway.NodeAsync("x86-1", "x86_64", "src");
        int src = await node.TakeAsync();

        using (var bad = await node.PostAsync("build_node/build_done", new { task_id = src, status = "cancelled", artifacts = Array.Empty<object>(), stats = new { } }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
            Assert.Contains("status: one of 'done', 'failed', 'excluded'", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var numbers = await node.PostAsync("build_node/build_done", new { task_id = src, status = "done", artifacts = Array.Empty<object>(), stats = new { upload = new { delta = 3 } } }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, numbers.StatusCode);
        }

        using (var first = await node.DoneAsync(src, "done", "src"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal("""{"ok":true}""", await first.Content.ReadAsStringAsync());
        }

        using (var again = await node.DoneAsync(src, "failed", "src"))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Equal("""{"ok":false}""", await again.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.NotFound, await node.DoneStatusAsync(99999));
        var task = (await _gateway.BuildAsync(buildId)).GetProperty("tasks")[0];
        Assert.Equal(2, task.GetProperty("status").GetInt32());
        Assert.Equal(new string('a', 64), task.GetProperty("artifacts")[0].GetProperty("sha256").GetString());
        Assert.Equal("26aff7ab3880bcfccc07b1821ed0f92d8f04cf4e", task.GetProperty("ref").GetProperty("git_commit_hash").GetString());
    }

    [Fact]
    public async Task Statuses_map_done_failed_excluded_and_a_build_finishes_when_nothing_waits_or_runs()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64", "i686");
        int buildId = (await ControlGateway.CreateBuildAsync(user, ["bash"], ["AlmaLinux-9:x86_64,i686"])).GetProperty("id").GetInt32();
        using var node = await _gateway.NodeAsync("x86-1", "x86_64", "i686", "src");

        Assert.Equal(HttpStatusCode.OK, await node.DoneStatusAsync(await node.TakeAsync(), "done", "src"));
        var i686 = (await node.GetTaskAsync())!.Value;
        Assert.Equal("i686", i686.GetProperty("arch").GetString());
        Assert.Equal(HttpStatusCode.OK, await node.DoneStatusAsync(i686.GetProperty("id").GetInt32(), "excluded", "i686"));
        Assert.Equal(JsonValueKind.Null, (await _gateway.BuildAsync(buildId)).GetProperty("finished_at").ValueKind);
        Assert.Equal(HttpStatusCode.OK, await node.DoneStatusAsync(await node.TakeAsync(), "failed"));

        var build = await _gateway.BuildAsync(buildId);
        Assert.Equal([2, 4, 3], build.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("status").GetInt32()));
        Assert.True(build.GetProperty("finished").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, build.GetProperty("finished_at").ValueKind);
    }

    [Fact]
    public async Task A_failed_source_fast_fails_the_waiting_tasks_of_its_ref_and_platform_only()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64", "aarch64");
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-8", "x86_64");
        int buildId = (await ControlGateway.CreateBuildAsync(user, ["bash", "zsh"], ["AlmaLinux-9:x86_64,aarch64", "AlmaLinux-8:x86_64"])).GetProperty("id").GetInt32();
        using var node = await _gateway.NodeAsync("x86-1", "x86_64", "src");

        int src = await node.TakeAsync();
        Assert.Equal(HttpStatusCode.OK, await node.DoneStatusAsync(src, "failed", "src"));

        var tasks = (await _gateway.BuildAsync(buildId)).GetProperty("tasks").EnumerateArray().ToList();
        var failedFast = tasks.Where(t => t.GetProperty("index").GetInt32() == 0 && t.GetProperty("platform").GetProperty("name").GetString() == "AlmaLinux-9" && t.GetProperty("arch").GetString() != "src").ToList();
        Assert.Equal(2, failedFast.Count);
        Assert.All(failedFast, t =>
        {
            Assert.Equal(3, t.GetProperty("status").GetInt32());
            Assert.Equal("Fast failed: SRPM build failed in the initial architecture (src)", t.GetProperty("error").GetString());
        });
        Assert.Equal(10 - 3, tasks.Count(t => t.GetProperty("status").GetInt32() == 0));
        // The next source of that platform no longer waits, nor does the other platform's.
        var next = (await node.GetTaskAsync())!.Value;
        Assert.Equal("src", next.GetProperty("arch").GetString());
        Assert.Equal("AlmaLinux-8", next.GetProperty("platform").GetProperty("name").GetString());
        Assert.Equal("src", (await node.GetTaskAsync())!.Value.GetProperty("arch").GetString());
    }

    [Fact]
    public async Task Excluded_packages_keep_refs_whose_url_contains_the_name_away_from_the_node()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64");
        await ControlGateway.CreateBuildAsync(user, ["gcc-toolset-13", "bash"], ["AlmaLinux-9:x86_64"], independent: true);
        using var node = await _gateway.NodeAsync("x86-1", "x86_64", "src");

        var task = (await node.GetTaskAsync("GCC"))!.Value;

        Assert.Equal("https://git.almalinux.org/rpms/bash.git", task.GetProperty("ref").GetProperty("url").GetString());
        Assert.Null(await node.GetTaskAsync("gcc"));
        Assert.Equal("https://git.almalinux.org/rpms/gcc-toolset-13.git", (await node.GetTaskAsync())!.Value.GetProperty("ref").GetProperty("url").GetString());
    }

    public void Dispose() => _gateway.Dispose();
}
