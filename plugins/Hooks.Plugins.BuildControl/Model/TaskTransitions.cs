namespace Hooks.Plugins.BuildControl.Model;

/// <summary>
/// The moves a build task may make, and nothing else: handed out (IDLE → STARTED, or STARTED again when its lease
/// expired), reported (STARTED → COMPLETED, FAILED or EXCLUDED), fast-failed or cancelled while waiting (IDLE → FAILED,
/// CANCELLED), restarted (FAILED → IDLE). A finished task never moves but through a restart of a failure.
/// </summary>
public static class TaskTransitions
{
    public static bool IsFinished(BuildTaskStatus status) => status is not (BuildTaskStatus.Idle or BuildTaskStatus.Started);

    public static bool IsAllowed(BuildTaskStatus from, BuildTaskStatus to) => (from, to) switch
    {
        (BuildTaskStatus.Idle, BuildTaskStatus.Started) => true,
        (BuildTaskStatus.Started, BuildTaskStatus.Started) => true,
        (BuildTaskStatus.Started, BuildTaskStatus.Completed or BuildTaskStatus.Failed or BuildTaskStatus.Excluded) => true,
        (BuildTaskStatus.Idle, BuildTaskStatus.Failed or BuildTaskStatus.Cancelled) => true,
        (BuildTaskStatus.Failed, BuildTaskStatus.Idle) => true,
        _ => false,
    };

    /// <summary>Moves <paramref name="from"/> to <paramref name="to"/>, or throws when the move is not one of the allowed.</summary>
    public static BuildTaskStatus Move(BuildTaskStatus from, BuildTaskStatus to) =>
        IsAllowed(from, to) ? to : throw new IllegalTransitionException(from, to);
}
