using Hooks.Plugins.Badges.Status;
using Hooks.Plugins.Badges.Storage;

namespace Hooks.Plugins.Badges.Pages;

/// <summary>A device's status changes read as a timeline: the worst status of each day, and the share of time it was up.</summary>
public sealed class DeviceHistory
{
    private readonly List<(DateTimeOffset At, DeviceStatus Status)> _changes;
    private readonly DateTimeOffset _now;

    public DeviceHistory(IEnumerable<StatusChange> changes, DateTimeOffset now)
    {
        _changes = [.. changes.Select(change => (change.At, change.Status)).OrderBy(change => change.At)];
        _now = now;
    }

    /// <summary>The worst status of each UTC day, oldest first, today last; null for days before the device was seen.</summary>
    public IReadOnlyList<(DateOnly Day, DeviceStatus? Worst)> Days(int count)
    {
        var today = DateOnly.FromDateTime(_now.UtcDateTime);
        return [.. Enumerable.Range(0, count).Reverse().Select(back => today.AddDays(-back)).Select(day =>
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return (day, Worst(start, Min(start.AddDays(1), _now)));
        })];
    }

    /// <summary>The share of the observed time in the window during which the device was RUNNING (with or without INFO); null if never observed.</summary>
    public double? Uptime(TimeSpan window)
    {
        var intervals = Intervals(_now - window, _now).ToList();
        double observed = intervals.Sum(interval => (interval.To - interval.From).TotalSeconds);
        return observed <= 0
            ? null
            : intervals.Where(interval => interval.Status <= DeviceStatus.RunningInfo).Sum(interval => (interval.To - interval.From).TotalSeconds) / observed;
    }

    private DeviceStatus? Worst(DateTimeOffset from, DateTimeOffset to)
    {
        var statuses = Intervals(from, to).Select(interval => interval.Status).ToList();
        return statuses.Count == 0 ? null : statuses.Max();
    }

    private IEnumerable<(DateTimeOffset From, DateTimeOffset To, DeviceStatus Status)> Intervals(DateTimeOffset from, DateTimeOffset to)
    {
        for (int i = 0; i < _changes.Count; i++)
        {
            var start = Max(_changes[i].At, from);
            var end = Min(i + 1 < _changes.Count ? _changes[i + 1].At : _now, to);
            if (end > start)
            {
                yield return (start, end, _changes[i].Status);
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
