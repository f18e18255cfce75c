using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Hooks.Plugins.Ci.Configuration;
using Hooks.Plugins.Ci.Storage;

namespace Hooks.Plugins.Ci.Building;

/// <summary>
/// On the gateway's <c>/metrics</c>: builds running in this worker, build durations, builds ended by result, and builds
/// queued per queue (<c>ci</c>, <c>ci-&lt;tag&gt;</c>), as the store said at the last recovery sweep.
/// </summary>
public sealed class BuildMetrics : IDisposable
{
    public const string MeterName = "Hooks.Plugins.Ci";

    private readonly Meter _meter;
    private readonly UpDownCounter<long> _active;
    private readonly Counter<long> _ended;
    private readonly Histogram<double> _duration;
    private readonly ConcurrentDictionary<string, long> _queued = new(StringComparer.Ordinal);

    public BuildMetrics(IMeterFactory meters, CiSettings settings)
    {
        foreach (string queue in settings.Queues)
        {
            _queued[queue] = 0;
        }

        _meter = meters.Create(MeterName);
        _active = _meter.CreateUpDownCounter<long>("hooks.ci.active_builds", description: "Builds running in this worker now");
        _ended = _meter.CreateCounter<long>("hooks.ci.builds", description: "Builds that ended, by result");
        _duration = _meter.CreateHistogram<double>("hooks.ci.build_duration", unit: "s", description: "How long a build ran, setup included");
        _meter.CreateObservableGauge("hooks.ci.queue_depth", () => _queued.Select(q => new Measurement<long>(q.Value, new KeyValuePair<string, object?>("queue", q.Key))), description: "Builds queued and not yet started, by queue");
    }

    public void Started() => _active.Add(1);

    public void Ended(BuildStatus result, TimeSpan took)
    {
        _active.Add(-1);
        _ended.Add(1, new KeyValuePair<string, object?>("result", Names.Of(result)));
        _duration.Record(took.TotalSeconds, new KeyValuePair<string, object?>("result", Names.Of(result)));
    }

    public void Prestart() => _ended.Add(1, new KeyValuePair<string, object?>("result", Names.Of(BuildStatus.FailedPrestart)));

    public void Queued(IReadOnlyDictionary<string, long> byQueue)
    {
        foreach (string queue in _queued.Keys.Except(byQueue.Keys).ToList())
        {
            _queued[queue] = 0;
        }

        foreach (var (queue, count) in byQueue)
        {
            _queued[queue] = count;
        }
    }

    public void Dispose() => _meter.Dispose();
}
