using System.Collections.Concurrent;
using System.Net;
using Hooks.Plugins.BuildControl.Tests.Support;
using Hooks.Testing;

namespace Hooks.Plugins.BuildControl.Tests.Flow;

/// <summary>The plugin's storage on PostgreSQL (a schema of its own), as in production.</summary>
public sealed class PostgresFacts(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Sixteen_nodes_asking_at_once_never_get_the_same_task()
    {
        using var gateway = new ControlGateway();
        gateway.Settings["ConnectionStrings:Hooks"] = await postgres.Server.CreateDatabaseAsync();
        using var user = await gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64");
        string[] refs = [.. Enumerable.Range(0, 80).Select(i => $"package-{i}")];
        await ControlGateway.CreateBuildAsync(user, refs, ["AlmaLinux-9:x86_64"], independent: true);
        var nodes = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => gateway.NodeAsync($"node-{i}", "src")));
        var handed = new ConcurrentBag<(string Node, int Task)>();
        using var start = new SemaphoreSlim(0);

        var asking = nodes.Select((node, i) => Task.Run(async () =>
        {
            await start.WaitAsync();
            while (await node.GetTaskAsync() is { } task)
            {
                handed.Add(($"node-{i}", task.GetProperty("id").GetInt32()));
            }
        })).ToList();
        start.Release(nodes.Length);
        await Task.WhenAll(asking);

        Assert.Equal(80, handed.Count);
        Assert.Equal(80, handed.Select(h => h.Task).Distinct().Count());
        Assert.True(handed.Select(h => h.Node).Distinct().Count() > 1, "the work was shared between nodes");
        foreach (var node in nodes)
        {
            node.Dispose();
        }
    }

    [Fact]
    public async Task A_ref_goes_from_source_to_arches_to_a_finished_build_on_postgresql()
    {
        using var gateway = new ControlGateway();
        gateway.Settings["ConnectionStrings:Hooks"] = await postgres.Server.CreateDatabaseAsync();
        using var user = await gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64", "i686");
        int buildId = (await ControlGateway.CreateBuildAsync(user, ["bash"], ["AlmaLinux-9:x86_64,i686"])).GetProperty("id").GetInt32();
        using var node = await gateway.NodeAsync("x86-1", "x86_64", "i686", "src");

        foreach (string arch in new[] { "src", "i686", "x86_64" })
        {
            var task = (await node.GetTaskAsync())!.Value;
            Assert.Equal(arch, task.GetProperty("arch").GetString());
            Assert.Equal(HttpStatusCode.OK, await node.DoneStatusAsync(task.GetProperty("id").GetInt32(), "done", arch));
        }

        gateway.Clock!.Advance(TimeSpan.FromHours(1));
        Assert.Null(await node.GetTaskAsync());
        var build = await gateway.BuildAsync(buildId);
        Assert.True(build.GetProperty("finished").GetBoolean());
        Assert.All(build.GetProperty("tasks").EnumerateArray(), t => Assert.Equal(2, t.GetProperty("status").GetInt32()));
    }
}
