using Hooks.Contracts.Forges.GitLab;
using Hooks.Plugins.Badges.Status;
using Hooks.Plugins.Badges.Storage;
using Hooks.Plugins.Badges.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.Badges.Tests.Storage;

public sealed class ProjectSnapshotFacts : IDisposable
{
    private static readonly GitLabProject Project = new(7, "lab/scopes", "https://gitlab.example.org/lab/scopes");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private readonly BadgesStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_status_change_is_recorded_once_with_its_time()
    {
        await SaveAsync(Now.AddHours(-2), Device("D:Krios", DeviceStatus.Limited, since: Now.AddDays(-1)));
        await SaveAsync(Now.AddHours(-1), Device("D:Krios", DeviceStatus.Limited));
        await SaveAsync(Now, Device("D:Krios", DeviceStatus.Running));

        await using var db = _store.Open();
        var changes = (await db.StatusChanges.ToListAsync()).OrderBy(c => c.At).ToList();
        Assert.Equal([(Now.AddDays(-1), DeviceStatus.Limited), (Now, DeviceStatus.Running)], changes.Select(c => (c.At, c.Status)));
        var device = await db.Devices.SingleAsync();
        Assert.Equal(Now, device.Since);
    }

    [Fact]
    public async Task History_before_the_window_keeps_only_the_change_each_device_entered_it_with()
    {
        await SaveAsync(Now.AddDays(-200), Device("D:Krios", DeviceStatus.Down));
        await SaveAsync(Now.AddDays(-150), Device("D:Krios", DeviceStatus.Limited));
        await SaveAsync(Now.AddDays(-100), Device("D:Krios", DeviceStatus.Running));
        await SaveAsync(Now.AddDays(-10), Device("D:Krios", DeviceStatus.Down));

        await SaveAsync(Now, Device("D:Krios", DeviceStatus.Down));

        await using var db = _store.Open();
        Assert.Equal([Now.AddDays(-100), Now.AddDays(-10)], (await db.StatusChanges.ToListAsync()).Select(c => c.At).Order());
    }

    [Fact]
    public async Task A_device_whose_label_is_gone_leaves_with_its_history()
    {
        await SaveAsync(Now.AddDays(-3), Device("D:Krios", DeviceStatus.Down), Device("D:Talos", DeviceStatus.Running));

        await SaveAsync(Now, Device("D:Talos", DeviceStatus.Running));

        await using var db = _store.Open();
        Assert.Equal(["D:Talos"], await db.Devices.Select(d => d.Label).ToListAsync());
        Assert.Equal(["D:Talos"], await db.StatusChanges.Select(c => c.Label).ToListAsync());
    }

    private async Task SaveAsync(DateTimeOffset now, params DeviceState[] devices)
    {
        await using var db = _store.Open();
        await ProjectSnapshot.SaveAsync(db, "lab/scopes", Project, devices, [], now, historyDays: 90, CancellationToken.None);
    }

    private static DeviceState Device(string label, DeviceStatus status, DateTimeOffset? since = null) =>
        new(label, label[2..], "#FF0000", status, status == DeviceStatus.Running ? [] : [1], since);
}
