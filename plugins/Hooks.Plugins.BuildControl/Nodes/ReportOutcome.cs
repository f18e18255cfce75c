namespace Hooks.Plugins.BuildControl.Nodes;

/// <summary>What became of a node's report: taken (200), refused because the task is finished or not the caller's (409), or no such task (404).</summary>
public enum ReportOutcome
{
    Taken,
    Conflict,
    NotFound,
}
