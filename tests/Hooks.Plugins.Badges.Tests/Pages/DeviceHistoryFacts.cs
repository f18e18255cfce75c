using Hooks.Plugins.Badges.Pages;
using Hooks.Plugins.Badges.Status;
using Hooks.Plugins.Badges.Storage;

namespace Hooks.Plugins.Badges.Tests.Pages;

public sealed class DeviceHistoryFacts
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Uptime_is_the_share_of_observed_time_running_with_or_without_info()
    {
        var history = new DeviceHistory(
            [Change(Now.AddDays(-10), DeviceStatus.Running), Change(Now.AddDays(-4), DeviceStatus.Down), Change(Now.AddDays(-3), DeviceStatus.RunningInfo), Change(Now.AddDays(-1), DeviceStatus.Limited)],
            Now);

        Assert.Equal(8.0 / 10, history.Uptime(TimeSpan.FromDays(90))!.Value, precision: 9);
        Assert.Equal(3.0 / 5, history.Uptime(TimeSpan.FromDays(5))!.Value, precision: 9);
    }

    [Fact]
    public void Uptime_of_a_device_never_seen_is_unknown() =>
        Assert.Null(new DeviceHistory([], Now).Uptime(TimeSpan.FromDays(90)));

    [Fact]
    public void Each_day_shows_its_worst_status_and_days_before_the_first_sighting_show_none()
    {
        var history = new DeviceHistory(
            [Change(Now.AddDays(-2).Date, DeviceStatus.Running), Change(Now.AddDays(-1).Date.AddHours(9), DeviceStatus.Down), Change(Now.AddDays(-1).Date.AddHours(10), DeviceStatus.Running)],
            Now);

        var days = history.Days(4);

        Assert.Equal([new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 23)], days.Select(d => d.Day));
        Assert.Equal([null, DeviceStatus.Running, DeviceStatus.Down, DeviceStatus.Running], days.Select(d => d.Worst));
    }

    private static StatusChange Change(DateTimeOffset at, DeviceStatus status) => new() { ProjectKey = "p", Label = "D:x", Status = status, At = at };

    private static StatusChange Change(DateTime at, DeviceStatus status) => Change(new DateTimeOffset(at, TimeSpan.Zero), status);
}
