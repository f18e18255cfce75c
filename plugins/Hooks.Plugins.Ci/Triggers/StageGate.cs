using Hooks.Plugins.Ci.Configuration;

namespace Hooks.Plugins.Ci.Triggers;

/// <summary>Whether a stage runs for a changeset: any of its <c>triggers</c>, else its legacy <c>trigger.branches</c>, else always.</summary>
public static class StageGate
{
    public const string Skipping = "skipping because the current changeset does not meet the trigger conditions";

    /// <exception cref="ArgumentException">A legacy branch entry is not a regular expression.</exception>
    public static bool Runs(StageConfig stage, Changeset changeset)
    {
        if (stage.Triggers is { } triggers)
        {
            return triggers.Any(t => TriggerDirective.Parse(t).IsMetBy(changeset));
        }

        return stage.LegacyBranches is not { Count: > 0 } branches || BranchPattern.Matches(branches, changeset.Branch);
    }
}
