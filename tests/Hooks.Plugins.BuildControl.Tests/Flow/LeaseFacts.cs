using System.Net;
using Hooks.Plugins.BuildControl.Tests.Support;

namespace Hooks.Plugins.BuildControl.Tests.Flow;

/// <summary>Leases on a fake clock: only the holder renews or reports, and a silent node loses its task after the lease.</summary>
public sealed class LeaseFacts : IDisposable
{
    private readonly ControlGateway _gateway = new();

    [Fact]
    public async Task A_task_pinged_by_its_holder_stays_and_a_silent_one_goes_to_another_node_after_the_lease()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64");
        await ControlGateway.CreateBuildAsync(user, ["bash"], ["AlmaLinux-9:x86_64"]);
        using var first = await _gateway.NodeAsync("node-a", "x86_64", "src");
        using var second = await _gateway.NodeAsync("node-b", "x86_64", "src");
        int task = await first.TakeAsync();

        _gateway.Clock!.Advance(TimeSpan.FromMinutes(19));
        Assert.Null(await second.GetTaskAsync());
        Assert.Equal(HttpStatusCode.OK, await first.PingAsync(task));
        // Another node pinging the task renews nothing.
        Assert.Equal(HttpStatusCode.OK, await second.PingAsync(task));
        _gateway.Clock.Advance(TimeSpan.FromMinutes(19));
        Assert.Null(await second.GetTaskAsync());
        _gateway.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(task, await second.TakeAsync());
        Assert.Equal(HttpStatusCode.Conflict, await first.DoneStatusAsync(task, "done", "src"));
        Assert.Equal(HttpStatusCode.OK, await second.DoneStatusAsync(task, "done", "src"));
    }

    [Fact]
    public async Task The_lease_is_configurable()
    {
        _gateway.Settings["Hooks:Plugins:build-control:Lease"] = "00:01:00";
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64");
        await ControlGateway.CreateBuildAsync(user, ["bash"], ["AlmaLinux-9:x86_64"]);
        using var first = await _gateway.NodeAsync("node-a", "src");
        using var second = await _gateway.NodeAsync("node-b", "src");
        int task = await first.TakeAsync();

        _gateway.Clock!.Advance(TimeSpan.FromSeconds(59));
        Assert.Null(await second.GetTaskAsync());
        _gateway.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(task, await second.TakeAsync());
    }

    [Fact]
    public async Task Another_node_cannot_report_a_task_it_does_not_hold()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64");
        int buildId = (await ControlGateway.CreateBuildAsync(user, ["bash"], ["AlmaLinux-9:x86_64"])).GetProperty("id").GetInt32();
        using var holder = await _gateway.NodeAsync("node-a", "src");
        using var other = await _gateway.NodeAsync("node-b", "src");
        int task = await holder.TakeAsync();

        Assert.Equal(HttpStatusCode.Conflict, await other.DoneStatusAsync(task, "failed", "src"));

        var stored = (await _gateway.BuildAsync(buildId)).GetProperty("tasks")[0];
        Assert.Equal(1, stored.GetProperty("status").GetInt32());
        Assert.Equal("node-a", stored.GetProperty("node").GetString());
    }

    public void Dispose() => _gateway.Dispose();
}
