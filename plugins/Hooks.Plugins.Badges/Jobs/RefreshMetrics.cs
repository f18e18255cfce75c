using System.Diagnostics.Metrics;

namespace Hooks.Plugins.Badges.Jobs;

/// <summary>How refreshes go, on the gateway's <c>/metrics</c>: <c>hooks_badges_refreshes_total{project,outcome}</c> and their duration.</summary>
public sealed class RefreshMetrics : IDisposable
{
    public const string MeterName = "Hooks.Plugins.Badges";

    private readonly Meter _meter;
    private readonly Counter<long> _refreshes;
    private readonly Histogram<double> _duration;

    public RefreshMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _refreshes = _meter.CreateCounter<long>("hooks.badges.refreshes", description: "Project refreshes, by project and outcome (succeeded, failed, misconfigured)");
        _duration = _meter.CreateHistogram<double>("hooks.badges.refresh.duration", unit: "s", description: "How long a project refresh took, GitLab calls included");
    }

    public void Refreshed(string project, string outcome, TimeSpan took)
    {
        _refreshes.Add(1, new("project", project), new("outcome", outcome));
        _duration.Record(took.TotalSeconds, new KeyValuePair<string, object?>("project", project));
    }

    public void Dispose() => _meter.Dispose();
}
