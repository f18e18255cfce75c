using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Tests.Support;
using Hooks.Testing;

namespace Hooks.Plugins.BuildControl.Tests.Flow;

/// <summary>Test tasks as the ALTS test system meets them: made when a build finishes, ten at a time, results deciding the status, a timeout, restarts in revisions.</summary>
public sealed class TestTaskFacts : IDisposable
{
    private readonly ControlGateway _gateway = new();

    [Fact]
    public async Task A_finished_build_gets_a_test_task_per_binary_rpm_handed_out_ten_at_a_time_oldest_first()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64");
        string[] refs = [.. Enumerable.Range(0, 12).Select(i => $"package-{i}")];
        await ControlGateway.CreateBuildAsync(user, refs, ["AlmaLinux-9:x86_64"], independent: true);
        using var node = await _gateway.NodeAsync("x86-1", "x86_64", "src");
        using var alts = await _gateway.TestSystemAsync();
        while (await node.GetTaskAsync() is { } task)
        {
            // Nothing is tested while the build runs.
            Assert.Empty(await alts.GetTasksAsync());
            string arch = task.GetProperty("arch").GetString()!;
            string name = task.GetProperty("ref").GetProperty("url").GetString()!.Split('/')[^1].Replace(".git", "-1.0-1.el9", StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, await node.DoneStatusAsync(task.GetProperty("id").GetInt32(), "done", arch, name));
        }

        var first = await alts.GetTasksAsync();
        var second = await alts.GetTasksAsync();

        Assert.Equal(10, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Empty(await alts.GetTasksAsync());
        var ids = first.Concat(second).Select(t => t.GetProperty("bs_task_id").GetInt32()).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(refs, first.Concat(second).Select(t => t.GetProperty("package_name").GetString()));
    }

    [Fact]
    public async Task Results_decide_the_status_and_are_kept_whole()
    {
        var (user, tests) = await TestedAsync();
        using var _ = user;
        using var alts = await _gateway.TestSystemAsync("alts-worker");

        using (var passed = await alts.ReportAsync(tests[0], SimulatedTestSystem.Passed("harbour")))
        using (var failed = await alts.ReportAsync(tests[1], SimulatedTestSystem.FailedTest("harbour-debuginfo")))
        using (var revoked = await alts.ReportAsync(tests[2], SimulatedTestSystem.Revoked(), new { }))
        {
            Assert.All(new[] { passed, failed, revoked }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        }

        var latest = await Pipeline.GetAsync(user, $"tests/{await BinaryTaskAsync(user)}/latest");
        Assert.Equal([(int)TestTaskStatus.Completed, (int)TestTaskStatus.Failed, (int)TestTaskStatus.Cancelled], latest.EnumerateArray().Select(t => t.GetProperty("status").GetInt32()));
        Assert.Equal("not ok 1 - binary runs", latest[1].GetProperty("alts_response").GetProperty("result").GetProperty("tests").GetProperty("0_install_test.yml").GetProperty("output").GetString());
        Assert.Equal(SimulatedTestSystem.ApiVersion, latest[2].GetProperty("alts_response").GetProperty("api_version").GetString());
    }

    [Fact]
    public async Task A_started_test_task_without_a_result_goes_back_to_created_after_the_timeout_and_is_handed_out_again()
    {
        _gateway.Settings["Hooks:Plugins:build-control:TestTimeout"] = "00:10:00";
        var (user, tests) = await TestedAsync();
        using var _ = user;
        using var other = await _gateway.TestSystemAsync("alts-2");

        _gateway.Clock!.Advance(TimeSpan.FromMinutes(9));
        Assert.Empty(await other.GetTasksAsync());
        _gateway.Clock.Advance(TimeSpan.FromMinutes(2));
        var again = await other.GetTasksAsync();

        Assert.Equal(tests.Select(t => t.GetProperty("bs_task_id").GetInt32()), again.Select(t => t.GetProperty("bs_task_id").GetInt32()));
        var latest = await Pipeline.GetAsync(user, $"tests/{await BinaryTaskAsync(user)}/latest");
        Assert.All(latest.EnumerateArray(), t =>
        {
            Assert.Equal(1, t.GetProperty("revision").GetInt32());
            Assert.Equal((int)TestTaskStatus.Started, t.GetProperty("status").GetInt32());
        });
        using var result = await other.ReportAsync(again[0], SimulatedTestSystem.Passed("harbour"));
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
    }

    [Fact]
    public async Task Between_polls_a_timed_out_test_task_reads_as_created_again()
    {
        _gateway.Settings["Hooks:Plugins:build-control:TestTimeout"] = "00:10:00";
        var (user, tests) = await TestedAsync();
        using var _ = user;
        int buildTask = await BinaryTaskAsync(user);

        _gateway.Clock!.Advance(TimeSpan.FromMinutes(11));

        var latest = await Eventually.Get(
            () => Pipeline.GetAsync(user, $"tests/{buildTask}/latest"),
            l => l.EnumerateArray().All(t => t.GetProperty("status").GetInt32() == (int)TestTaskStatus.Created),
            "the timed-out tasks back to CREATED");
        Assert.Equal(tests.Count, latest.GetArrayLength());
        Assert.All(latest.EnumerateArray(), t => Assert.Equal(JsonValueKind.Null, t.GetProperty("scheduled_at").ValueKind));
    }

    [Fact]
    public async Task Restarting_makes_a_new_revision_only_where_the_latest_one_failed()
    {
        var (user, tests) = await TestedAsync();
        using var _ = user;
        using var alts = await _gateway.TestSystemAsync("alts-worker");
        foreach (var (test, i) in tests.Select((t, i) => (t, i)))
        {
            using var reported = await alts.ReportAsync(test, i == 0 ? SimulatedTestSystem.FailedTest("harbour") : SimulatedTestSystem.Passed("harbour"));
        }

        int buildTask = await BinaryTaskAsync(user);
        int buildId = (await Pipeline.GetAsync(user, "builds/"))[0].GetProperty("id").GetInt32();
        var (restarted, answer) = await Pipeline.SendAsync(user, HttpMethod.Put, $"tests/build/{buildId}/restart");
        Assert.Equal(HttpStatusCode.OK, restarted);
        Assert.Equal([buildTask], answer.GetProperty("restarted").EnumerateArray().Select(i => i.GetInt32()));

        var latest = await Pipeline.GetAsync(user, $"tests/{buildTask}/latest");
        Assert.All(latest.EnumerateArray(), t => Assert.Equal((2, (int)TestTaskStatus.Created), (t.GetProperty("revision").GetInt32(), t.GetProperty("status").GetInt32())));
        Assert.Equal(3, latest.GetArrayLength());
        var first = await Pipeline.GetAsync(user, $"tests/{buildTask}/1");
        Assert.Equal((int)TestTaskStatus.Failed, first[0].GetProperty("status").GetInt32());

        // Nothing failed in revision 2 yet: no revision 3.
        var (again, none) = await Pipeline.SendAsync(user, HttpMethod.Put, $"tests/build_task/{buildTask}/restart");
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(0, none.GetProperty("restarted").GetArrayLength());
        Assert.Equal(3, (await alts.GetTasksAsync()).Count);
    }

    [Fact]
    public async Task A_build_that_asked_to_skip_tests_gets_none()
    {
        using var user = await _gateway.UserAsync();
        await Pipeline.CreatePlatformAsync(user);
        using var created = await user.PostAsJsonAsync("builds/", new
        {
            platforms = new[] { new { name = Pipeline.Platform, arch_list = new[] { "x86_64" } } },
            tasks = new[] { new { url = "https://git.almalinux.org/rpms/harbour.git", git_ref = "v2.3.0", ref_type = 2 } },
            skip_tests = true,
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        await Pipeline.RunBuildNodeAsync(_gateway);
        using var alts = await _gateway.TestSystemAsync();

        Assert.Empty(await alts.GetTasksAsync());
        Assert.True((await Pipeline.GetAsync(user, "builds/"))[0].GetProperty("skip_tests").GetBoolean());
    }

    /// <summary>A built harbour whose three binary RPMs the test system has taken.</summary>
    private async Task<(HttpClient User, List<JsonElement> Tests)> TestedAsync()
    {
        var user = await _gateway.UserAsync();
        await Pipeline.CreatePlatformAsync(user);
        await Pipeline.CreateBuildAsync(user);
        await Pipeline.RunBuildNodeAsync(_gateway);
        using var alts = await _gateway.TestSystemAsync("alts-scheduler");
        var tests = await alts.GetTasksAsync();
        Assert.Equal(3, tests.Count);
        return (user, tests);
    }

    /// <summary>The id of the build's x86_64 task, whose RPMs are tested.</summary>
    private static async Task<int> BinaryTaskAsync(HttpClient user) =>
        (await Pipeline.GetAsync(user, "builds/"))[0].GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("arch").GetString() == "x86_64").GetProperty("id").GetInt32();

    public void Dispose() => _gateway.Dispose();
}
