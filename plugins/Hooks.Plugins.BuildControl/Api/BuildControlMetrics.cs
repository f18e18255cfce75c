using System.Diagnostics.Metrics;

namespace Hooks.Plugins.BuildControl.Api;

/// <summary>
/// On the gateway's <c>/metrics</c>: builds created and their tasks, tasks handed out (by architecture), <c>get_task</c>
/// calls that found nothing, reports by outcome, pushes that built nothing; test tasks handed out and their results,
/// sign tasks handed out and how they ended, releases by how they ended.
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
    private readonly Counter<long> _testsHandedOut;
    private readonly Counter<long> _testResults;
    private readonly Counter<long> _signHandedOut;
    private readonly Counter<long> _signEnded;
    private readonly Counter<long> _releasesEnded;

    public BuildControlMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _builds = _meter.CreateCounter<long>("hooks.build_control.builds", description: "Builds created");
        _tasks = _meter.CreateCounter<long>("hooks.build_control.tasks", description: "Build tasks planned");
        _handedOut = _meter.CreateCounter<long>("hooks.build_control.handed_out", description: "Tasks handed to build nodes, by architecture");
        _empty = _meter.CreateCounter<long>("hooks.build_control.empty_polls", description: "get_task calls that found nothing to do");
        _reported = _meter.CreateCounter<long>("hooks.build_control.reported", description: "Tasks reported by build nodes, by status");
        _ignored = _meter.CreateCounter<long>("hooks.build_control.ignored_pushes", description: "Pushes that matched no trigger");
        _testsHandedOut = _meter.CreateCounter<long>("hooks.build_control.test_tasks_handed_out", description: "Test tasks handed to the test system");
        _testResults = _meter.CreateCounter<long>("hooks.build_control.test_results", description: "Test results, by status");
        _signHandedOut = _meter.CreateCounter<long>("hooks.build_control.sign_tasks_handed_out", description: "Sign tasks handed to sign nodes");
        _signEnded = _meter.CreateCounter<long>("hooks.build_control.sign_tasks_ended", description: "Sign tasks reported, by status");
        _releasesEnded = _meter.CreateCounter<long>("hooks.build_control.releases_ended", description: "Release commits and reverts ended, by status");
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

    public void TestsHandedOut(int count) => _testsHandedOut.Add(count);

    public void TestResult(string status) => _testResults.Add(1, new KeyValuePair<string, object?>("status", status));

    public void SignHandedOut() => _signHandedOut.Add(1);

    public void SignEnded(string status) => _signEnded.Add(1, new KeyValuePair<string, object?>("status", status));

    public void ReleaseEnded(string status) => _releasesEnded.Add(1, new KeyValuePair<string, object?>("status", status));

    public void Dispose() => _meter.Dispose();
}
