using System.Net;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Tests.Support;
using Hooks.Testing;
using Npgsql;

namespace Hooks.Plugins.BuildControl.Tests.Flow;

/// <summary>
/// Nothing is left half done on PostgreSQL: nodes reporting a build's last tasks at once finish it, and a release a
/// crash left IN_PROGRESS is resumed on restart (or failed with the reason).
/// </summary>
public sealed class PipelineRecoveryFacts(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly ArtifactStore _store = new();

    [Fact]
    public async Task Nodes_reporting_a_builds_last_tasks_at_once_finish_it_and_it_gets_every_test_task()
    {
        using var gateway = new ControlGateway();
        gateway.Settings["ConnectionStrings:Hooks"] = await postgres.Server.CreateDatabaseAsync();
        using var user = await gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64");
        string[] refs = [.. Enumerable.Range(0, 24).Select(i => $"package-{i}")];
        int buildId = (await ControlGateway.CreateBuildAsync(user, refs, ["AlmaLinux-9:x86_64"], independent: true)).GetProperty("id").GetInt32();
        var nodes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => gateway.NodeAsync($"node-{i}", "src", "x86_64")));
        using var start = new SemaphoreSlim(0);
        var building = nodes.Select(node => Task.Run(async () =>
        {
            await start.WaitAsync();
            while (await node.GetTaskAsync() is { } task)
            {
                string arch = task.GetProperty("arch").GetString()!;
                string name = task.GetProperty("ref").GetProperty("url").GetString()!.Split('/')[^1].Replace(".git", "-1.0-1.el9", StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.OK, await node.DoneStatusAsync(task.GetProperty("id").GetInt32(), "done", arch, name));
            }
        })).ToList();
        start.Release(nodes.Length);
        await Task.WhenAll(building);

        Assert.True((await gateway.BuildAsync(buildId)).GetProperty("finished").GetBoolean());
        using var alts = await gateway.TestSystemAsync();
        var tests = (await alts.GetTasksAsync()).Concat(await alts.GetTasksAsync()).Concat(await alts.GetTasksAsync()).ToList();
        Assert.Equal(refs.Order(), tests.Select(t => t.GetProperty("package_name").GetString()!).Order());
        foreach (var node in nodes)
        {
            node.Dispose();
        }
    }

    [Fact]
    public async Task A_release_a_crash_left_in_progress_is_resumed_on_restart_and_one_that_cannot_be_is_failed_with_the_reason()
    {
        string database = await postgres.Server.CreateDatabaseAsync();
        string releaseRoot;
        int resumable;
        int unknown;
        using (var gateway = new ControlGateway(fakeClock: false))
        {
            gateway.Settings["ConnectionStrings:Hooks"] = database;
            gateway.Settings["Hooks:Plugins:build-control:ArtifactBaseUrl"] = _store.BaseUrl;
            releaseRoot = gateway.ReleaseRoot;
            using var user = await gateway.UserAsync();
            using var signer = await gateway.SignerAsync();
            using var releaser = await gateway.ReleaserAsync();
            int platformId = await Pipeline.CreatePlatformAsync(user);
            int buildId = await Pipeline.CreateBuildAsync(user);
            await Pipeline.RunBuildNodeAsync(gateway);
            await Pipeline.SignAsync(gateway, signer, buildId, await Pipeline.CreateKeyAsync(signer), _store);
            resumable = (await Pipeline.SendAsync(releaser, HttpMethod.Post, "releases/new/", new { builds = new[] { buildId }, platform_id = platformId })).Body.GetProperty("id").GetInt32();
            unknown = (await Pipeline.SendAsync(releaser, HttpMethod.Post, "releases/new/", new { builds = new[] { buildId }, platform_id = platformId })).Body.GetProperty("id").GetInt32();

        }

        // The crash: the status was stored, the job never was (and for the other, not even what to do).
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"UPDATE plugin_build_control.releases SET \"Status\" = 2, \"Action\" = 1 WHERE \"Id\" = {resumable}; UPDATE plugin_build_control.releases SET \"Status\" = 2 WHERE \"Id\" = {unknown}",
                connection);
            Assert.Equal(2, await command.ExecuteNonQueryAsync());
        }

        using var restarted = new ControlGateway(fakeClock: false);
        restarted.Settings["ConnectionStrings:Hooks"] = database;
        restarted.Settings["Hooks:Plugins:build-control:ArtifactBaseUrl"] = _store.BaseUrl;
        restarted.Settings["Hooks:Plugins:build-control:ReleaseRoot"] = releaseRoot;
        using var reader = restarted.CreateClient();
        reader.BaseAddress = new Uri(reader.BaseAddress!, ControlGateway.Root + "api/v1/");

        var resumed = await Eventually.Get(() => Pipeline.GetAsync(reader, $"releases/{resumable}/"), r => r.GetProperty("status").GetInt32() != (int)ReleaseStatus.InProgress, "the resumed release");
        Assert.True(resumed.GetProperty("status").GetInt32() == (int)ReleaseStatus.Completed, resumed.GetRawText());
        Assert.True(File.Exists(Path.Combine(releaseRoot, $"{Pipeline.Platform}-source", Pipeline.SourceRpm)));
        var failed = await Pipeline.GetAsync(reader, $"releases/{unknown}/");
        Assert.Equal((int)ReleaseStatus.Failed, failed.GetProperty("status").GetInt32());
        Assert.Equal(Releases.ReleaseRecovery.Unknown, failed.GetProperty("error").GetString());
    }

    public void Dispose() => _store.Dispose();
}
