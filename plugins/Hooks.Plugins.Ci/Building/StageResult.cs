namespace Hooks.Plugins.Ci.Building;

/// <summary>How a stage's commands ended: their exit code (null when they never finished), and whether time ran out.</summary>
public sealed record StageResult(int? ExitCode, bool TimedOut)
{
    public bool Passed => ExitCode == 0 && !TimedOut;
}
