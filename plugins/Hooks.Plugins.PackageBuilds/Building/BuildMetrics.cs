using System.Diagnostics.Metrics;
using Hooks.Plugins.PackageBuilds.Storage;

namespace Hooks.Plugins.PackageBuilds.Building;

/// <summary>
/// Builds on the gateway's <c>/metrics</c>: <c>hooks_package_builds_builds_total{repository,result}</c>, their duration,
/// pushes ignored, and the queue (<c>hooks_package_builds_queue_length</c>: builds waiting, as the store last said).
/// </summary>
public sealed class BuildMetrics : IDisposable
{
    public const string MeterName = "Hooks.Plugins.PackageBuilds";

    private readonly Meter _meter;
    private readonly Counter<long> _finished;
    private readonly Counter<long> _ignored;
    private readonly Histogram<double> _duration;
    private long _queueLength;

    public BuildMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _finished = _meter.CreateCounter<long>("hooks.package_builds.builds", description: "Builds that ended, by repository and result");
        _ignored = _meter.CreateCounter<long>("hooks.package_builds.ignored", description: "Pushes that built nothing, by repository");
        _duration = _meter.CreateHistogram<double>("hooks.package_builds.duration", unit: "s", description: "How long a build ran, checkouts included");
        _meter.CreateObservableGauge("hooks.package_builds.queue_length", () => Interlocked.Read(ref _queueLength), description: "Builds queued and not yet started, counted in the store at every recovery sweep");
    }

    public void QueueLength(long queued) => Interlocked.Exchange(ref _queueLength, queued);

    public void Ignored(string repository) => _ignored.Add(1, new KeyValuePair<string, object?>("repository", repository));

    public void Finished(string repository, BuildStatus result, TimeSpan took)
    {
        _finished.Add(1, new("repository", repository), new("result", result.ToString().ToLowerInvariant()));
        _duration.Record(took.TotalSeconds, new KeyValuePair<string, object?>("repository", repository));
    }

    public void Dispose() => _meter.Dispose();
}
