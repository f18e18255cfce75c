using System.Diagnostics.Metrics;

namespace Hooks.Plugins.BuildControl.Api;

/// <summary>
/// On the gateway's <c>/metrics</c>: builds created and their tasks, tasks handed out (by architecture), <c>get_task</c>
/// calls that found nothing, reports by outcome, and pushes that built nothing.
/// </summary>
public sealed class BuildControlMetrics : IDisposable
{
    public const string MeterName = "Hooks.Plugins.BuildControl";

    private readonly Meter _meter;
    private readonly Counter<long> _builds;
    private readonly Counter<long> _tasks;
    private readonly Counter<long> _handedOut;
    private readonly Counter<long> _empty;
    private readonly Counter<long> _reported;
    private readonly Counter<long> _ignored;

    public BuildControlMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _builds = _meter.CreateCounter<long>("hooks.build_control.builds", description: "Builds created");
        _tasks = _meter.CreateCounter<long>("hooks.build_control.tasks", description: "Build tasks planned");
        _handedOut = _meter.CreateCounter<long>("hooks.build_control.handed_out", description: "Tasks handed to build nodes, by architecture");
        _empty = _meter.CreateCounter<long>("hooks.build_control.empty_polls", description: "get_task calls that found nothing to do");
        _reported = _meter.CreateCounter<long>("hooks.build_control.reported", description: "Tasks reported by build nodes, by status");
        _ignored = _meter.CreateCounter<long>("hooks.build_control.ignored_pushes", description: "Pushes that matched no trigger");
    }

    public void BuildCreated(int tasks)
    {
        _builds.Add(1);
        _tasks.Add(tasks);
    }

    public void HandedOut(string arch) => _handedOut.Add(1, new KeyValuePair<string, object?>("arch", arch));

    public void NothingToHand() => _empty.Add(1);

    public void Reported(string status) => _reported.Add(1, new KeyValuePair<string, object?>("status", status));

    public void Ignored() => _ignored.Add(1);

    public void Dispose() => _meter.Dispose();
}
