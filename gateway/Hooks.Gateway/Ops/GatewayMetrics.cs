using System.Diagnostics.Metrics;

namespace Hooks.Gateway.Ops;

/// <summary>The gateway's own instruments, exported on <c>/metrics</c>.</summary>
public sealed class GatewayMetrics : IDisposable
{
    public const string MeterName = "Hooks.Gateway";

    /// <summary>A plugin's meter named <c>Hooks.Plugins.&lt;Name&gt;</c> is exported beside the gateway's.</summary>
    public const string PluginMeters = "Hooks.Plugins.*";

    private readonly Meter _meter;
    private readonly Counter<long> _deliveries;
    private readonly Histogram<double> _dispatchLatency;
    private readonly Counter<long> _pluginJobs;

    public GatewayMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _deliveries = _meter.CreateCounter<long>("hooks.deliveries", description: "Deliveries received, by source, event and outcome");
        _dispatchLatency = _meter.CreateHistogram<double>(
            "hooks.dispatch.latency", unit: "s", description: "Time from receipt to a plugin handler starting");
        _pluginJobs = _meter.CreateCounter<long>("hooks.plugin.jobs", description: "Plugin delivery jobs run, by plugin and outcome");
    }

    public void Received(string source, string eventName, string outcome) =>
        _deliveries.Add(1, new("source", source), new("event", eventName), new("outcome", outcome));

    public void HandlerStarted(string plugin, TimeSpan sinceReceipt) =>
        _dispatchLatency.Record(sinceReceipt.TotalSeconds, new KeyValuePair<string, object?>("plugin", plugin));

    public void PluginJob(string plugin, string outcome) =>
        _pluginJobs.Add(1, new("plugin", plugin), new("outcome", outcome));

    public void Dispose() => _meter.Dispose();
}
