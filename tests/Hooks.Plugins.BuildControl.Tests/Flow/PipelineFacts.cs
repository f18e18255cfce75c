using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Tests.Support;
using Hooks.Testing;
using Npgsql;

namespace Hooks.Plugins.BuildControl.Tests.Flow;

/// <summary>
/// A tag push's way to production on PostgreSQL, over HTTP, with simulated build, test and sign nodes speaking the real
/// clients' formats: built, tested, signed, released into repository folders and reverted; two sign nodes never share
/// a task; a task with nothing to sign is never handed out.
/// </summary>
public sealed class PipelineFacts(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly ArtifactStore _store = new();

    [Fact]
    public async Task A_tag_push_is_built_tested_signed_and_released_into_repository_folders_then_reverted()
    {
        using var gateway = new ControlGateway(fakeClock: false);
        gateway.Settings["ConnectionStrings:Hooks"] = await postgres.Server.CreateDatabaseAsync();
        gateway.Settings["Hooks:Plugins:build-control:ArtifactBaseUrl"] = _store.BaseUrl;
        gateway.Settings["Hooks:Plugins:build-control:Triggers:0:Source"] = "gitea";
        gateway.Settings["Hooks:Plugins:build-control:Triggers:0:Platforms:0:Name"] = Pipeline.Platform;
        gateway.Settings["Hooks:Plugins:build-control:Triggers:0:Platforms:0:ArchList:0"] = "x86_64";
        using var user = await gateway.UserAsync();
        using var signer = await gateway.SignerAsync();
        using var releaser = await gateway.ReleaserAsync();
        int platformId = await Pipeline.CreatePlatformAsync(user);

        // Tag push → build.
        var fixture = WebhookFixture.Get("gitea", "push-tag-created.json");
        using (var pushed = await gateway.PostAsync("gitea", fixture.Body, ForgeSigner.Headers(fixture, GatewayFactory.Secret, Hooks.Testing.Signing.Correct)))
        {
            pushed.EnsureSuccessStatusCode();
        }

        var builds = await Eventually.Get(() => Pipeline.GetAsync(user, "builds/"), b => b.GetArrayLength() == 1, "the tag push's build");
        int buildId = builds[0].GetProperty("id").GetInt32();
        Assert.Equal("v2.3.0", builds[0].GetProperty("tasks")[0].GetProperty("ref").GetProperty("git_ref").GetString());

        // Build nodes build the source and the binaries; the finished build gets a test task per binary RPM.
        await Pipeline.RunBuildNodeAsync(gateway);
        var build = await gateway.BuildAsync(buildId);
        Assert.True(build.GetProperty("finished").GetBoolean());
        int binaryTask = build.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("arch").GetString() == "x86_64").GetProperty("id").GetInt32();

        using var alts = await gateway.TestSystemAsync();
        var tests = await alts.GetTasksAsync();
        Assert.Equal(["harbour", "harbour-debuginfo", "harbour-doc"], tests.Select(t => t.GetProperty("package_name").GetString()));
        var first = tests[0];
        Assert.Equal("docker", first.GetProperty("runner_type").GetString());
        Assert.Equal("almalinux", first.GetProperty("dist_name").GetString());
        Assert.Equal("9", first.GetProperty("dist_version").GetString());
        Assert.Equal("x86_64", first.GetProperty("dist_arch").GetString());
        Assert.Equal("2.3.0-1.el9", first.GetProperty("package_version").GetString());
        Assert.Equal($"/api/v1/tests/{first.GetProperty("bs_task_id").GetInt32()}/result/", first.GetProperty("callback_href").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("module_name").ValueKind);
        Assert.Equal(0, first.GetProperty("test_configuration").GetProperty("tests").GetArrayLength());
        var repositories = first.GetProperty("repositories").EnumerateArray().Select(r => (r.GetProperty("name").GetString(), r.GetProperty("baseurl").GetString())).ToList();
        Assert.Equal(($"{Pipeline.Platform}-x86_64-{buildId}-br", $"{_store.BaseUrl}builds/{Pipeline.Platform}-x86_64-{buildId}-br/"), repositories[0]);
        Assert.Contains(($"{Pipeline.Platform}-BaseOS-x86_64", "https://repo.example/9/BaseOS/x86_64/os/"), repositories);
        Assert.Empty(await alts.GetTasksAsync());
        foreach (var test in tests)
        {
            using var reported = await alts.ReportAsync(test, SimulatedTestSystem.Passed(test.GetProperty("package_name").GetString()!));
            Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
            Assert.Equal("{\"ok\":true}", await reported.Content.ReadAsStringAsync());
        }

        var latest = await Pipeline.GetAsync(user, $"tests/{binaryTask}/latest");
        Assert.All(latest.EnumerateArray(), t =>
        {
            Assert.Equal((int)TestTaskStatus.Completed, t.GetProperty("status").GetInt32());
            Assert.Equal(1, t.GetProperty("revision").GetInt32());
            Assert.True(t.GetProperty("alts_response").GetProperty("result").GetProperty("tests").GetProperty("0_install_test.yml").GetProperty("success").GetBoolean());
        });

        // Signing: the sign node's round, then its report.
        int keyId = await Pipeline.CreateKeyAsync(signer);
        using (var created = await Pipeline.CreateSignTaskAsync(signer, buildId, keyId))
        {
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        }

        using var signNode = await gateway.SignNodeAsync("sign-1", Pipeline.KeyId);
        using (var community = await signNode.PostAsync("sign-tasks/community/get_gen_sign_key_task/", new { }))
        {
            Assert.Equal("{}", await community.Content.ReadAsStringAsync());
        }

        var signTask = await signNode.GetTaskAsync();
        Assert.Equal(buildId, signTask.GetProperty("build_id").GetInt32());
        Assert.Equal(Pipeline.KeyId, signTask.GetProperty("keyid").GetString());
        Assert.False(signTask.GetProperty("sign_files").GetBoolean());
        var packages = signTask.GetProperty("packages").EnumerateArray().ToList();
        Assert.Equal([Pipeline.SourceRpm, .. Pipeline.BinaryRpms], packages.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("src", packages[0].GetProperty("arch").GetString());
        Assert.Equal($"{_store.BaseUrl}builds/{Pipeline.Platform}-src-{buildId}-br/Packages/h/{Pipeline.SourceRpm}", packages[0].GetProperty("download_url").GetString());
        Assert.Equal("{}", (await signNode.GetTaskAsync()).GetRawText());
        using (var completed = await signNode.CompleteAsync(signTask, Pipeline.Fingerprint, _store))
        {
            Assert.Equal("{\"success\":true}", await completed.Content.ReadAsStringAsync());
        }

        var signTasks = await Pipeline.GetAsync(user, $"sign-tasks/?build_id={buildId}");
        Assert.Equal((int)SignStatus.Completed, signTasks[0].GetProperty("status").GetInt32());
        Assert.True((await gateway.BuildAsync(buildId)).GetProperty("signed").GetBoolean());

        // The release plan: binaries to their arch, debug packages to debug repositories, noarch to every arch, sources to sources.
        var (status, release) = await Pipeline.SendAsync(releaser, HttpMethod.Post, "releases/new/", new { builds = new[] { buildId }, platform_id = platformId });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((int)ReleaseStatus.Scheduled, release.GetProperty("status").GetInt32());
        var plan = release.GetProperty("plan").GetProperty("packages").EnumerateArray()
            .ToDictionary(p => p.GetProperty("package").GetProperty("full_name").GetString()!, p => p.GetProperty("repositories").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList());
        Assert.Equal([$"{Pipeline.Platform}-source"], plan[Pipeline.SourceRpm]);
        Assert.Equal([$"{Pipeline.Platform}-baseos-x86_64"], plan["harbour-2.3.0-1.el9.x86_64.rpm"]);
        Assert.Equal([$"{Pipeline.Platform}-debug-x86_64"], plan["harbour-debuginfo-2.3.0-1.el9.x86_64.rpm"]);
        Assert.Equal([$"{Pipeline.Platform}-baseos-x86_64", $"{Pipeline.Platform}-baseos-aarch64"], plan["harbour-doc-2.3.0-1.el9.noarch.rpm"]);
        int releaseId = release.GetProperty("id").GetInt32();

        var (committing, started) = await Pipeline.SendAsync(releaser, HttpMethod.Post, $"releases/{releaseId}/commit/");
        Assert.Equal(HttpStatusCode.OK, committing);
        Assert.Equal("Release plan execution has been started", started.GetProperty("message").GetString());
        var committed = await Eventually.Get(() => Pipeline.GetAsync(user, $"releases/{releaseId}/"), r => r.GetProperty("status").GetInt32() != (int)ReleaseStatus.InProgress, "the release's job");
        Assert.True(committed.GetProperty("status").GetInt32() == (int)ReleaseStatus.Completed, committed.GetRawText());
        string doc = Path.Combine(gateway.ReleaseRoot, $"{Pipeline.Platform}-baseos-aarch64", "harbour-doc-2.3.0-1.el9.noarch.rpm");
        Assert.Equal($"signed harbour-doc-2.3.0-1.el9.noarch.rpm with {Pipeline.Fingerprint}", await File.ReadAllTextAsync(doc));
        Assert.True(File.Exists(Path.Combine(gateway.ReleaseRoot, $"{Pipeline.Platform}-source", Pipeline.SourceRpm)));
        Assert.True(File.Exists(Path.Combine(gateway.ReleaseRoot, $"{Pipeline.Platform}-debug-x86_64", "harbour-debuginfo-2.3.0-1.el9.x86_64.rpm")));
        Assert.False(File.Exists(Path.Combine(gateway.ReleaseRoot, $"{Pipeline.Platform}-baseos-x86_64", "harbour-debuginfo-2.3.0-1.el9.x86_64.rpm")));
        Assert.Contains("4 packages released", committed.GetProperty("plan").GetProperty("last_log").GetString(), StringComparison.Ordinal);
        Assert.Equal(releaseId, (await gateway.BuildAsync(buildId)).GetProperty("release_id").GetInt32());

        // Revert takes them out again.
        var (reverting, _) = await Pipeline.SendAsync(releaser, HttpMethod.Post, $"releases/{releaseId}/revert/");
        Assert.Equal(HttpStatusCode.OK, reverting);
        var reverted = await Eventually.Get(() => Pipeline.GetAsync(user, $"releases/{releaseId}/"), r => r.GetProperty("status").GetInt32() != (int)ReleaseStatus.InProgress, "the revert's job");
        Assert.Equal((int)ReleaseStatus.Reverted, reverted.GetProperty("status").GetInt32());
        Assert.False(File.Exists(doc));
        Assert.Equal(JsonValueKind.Null, (await gateway.BuildAsync(buildId)).GetProperty("release_id").ValueKind);
    }

    [Fact]
    public async Task Two_sign_nodes_asking_at_once_never_get_the_same_task()
    {
        using var gateway = new ControlGateway();
        gateway.Settings["ConnectionStrings:Hooks"] = await postgres.Server.CreateDatabaseAsync();
        using var user = await gateway.UserAsync();
        using var signer = await gateway.SignerAsync();
        await Pipeline.CreatePlatformAsync(user);
        int keyId = await Pipeline.CreateKeyAsync(signer);
        for (int i = 0; i < 12; i++)
        {
            int buildId = await Pipeline.CreateBuildAsync(user);
            await Pipeline.RunBuildNodeAsync(gateway);
            using var created = await Pipeline.CreateSignTaskAsync(signer, buildId, keyId);
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        }

        var nodes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => gateway.SignNodeAsync($"sign-{i}", Pipeline.KeyId)));
        var handed = new ConcurrentBag<(string Node, int Task)>();
        using var start = new SemaphoreSlim(0);
        var asking = nodes.Select((node, i) => Task.Run(async () =>
        {
            await start.WaitAsync();
            while (await node.TakeAsync() is { } task)
            {
                handed.Add(($"sign-{i}", task));
            }
        })).ToList();
        start.Release(nodes.Length);
        await Task.WhenAll(asking);

        Assert.Equal(12, handed.Count);
        Assert.Equal(12, handed.Select(h => h.Task).Distinct().Count());
        foreach (var node in nodes)
        {
            node.Dispose();
        }
    }

    [Fact]
    public async Task A_sign_task_whose_build_has_nothing_to_sign_is_never_handed_out_nor_left_in_progress()
    {
        string database = await postgres.Server.CreateDatabaseAsync();
        using var gateway = new ControlGateway();
        gateway.Settings["ConnectionStrings:Hooks"] = database;
        using var user = await gateway.UserAsync();
        using var signer = await gateway.SignerAsync();
        await Pipeline.CreatePlatformAsync(user);
        int keyId = await Pipeline.CreateKeyAsync(signer);
        int buildId = await Pipeline.CreateBuildAsync(user);

        var (refused, reason) = await Pipeline.SendAsync(signer, HttpMethod.Post, "sign-tasks/", new { build_id = buildId, sign_key_id = keyId });
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal($"build {buildId} has no built RPMs to sign", reason.GetProperty("detail").GetString());

        // As the original could have made it: a sign task of a build with no RPM.
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"INSERT INTO plugin_build_control.sign_tasks (\"BuildId\", \"SignKeyId\", \"Status\", \"CreatedAt\") VALUES ({buildId}, {keyId}, 1, 0)", connection);
            await command.ExecuteNonQueryAsync();
        }

        using var node = await gateway.SignNodeAsync("sign-1", Pipeline.KeyId);
        Assert.Equal("{}", (await node.GetTaskAsync()).GetRawText());
        var tasks = await Pipeline.GetAsync(user, $"sign-tasks/?build_id={buildId}");
        Assert.Equal((int)SignStatus.Idle, tasks[0].GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.Null, tasks[0].GetProperty("node").ValueKind);
    }

    public void Dispose() => _store.Dispose();
}
