namespace Hooks.Contracts.Platform;

/// <summary>How a process ended.</summary>
/// <param name="ExitCode">The exit code; 128 + the signal's number when a signal ended it.</param>
/// <param name="TimedOut">The request's timeout ran out and the group was killed.</param>
/// <param name="Cancelled">The caller's cancellation token fired and the group was killed.</param>
/// <param name="Duration">From start to the end of the last output line.</param>
/// <param name="Lines">How many output lines there were.</param>
public sealed record ProcessResult(int ExitCode, bool TimedOut, bool Cancelled, TimeSpan Duration, long Lines)
{
    /// <summary>Exited with code 0, neither timed out nor cancelled.</summary>
    public bool Succeeded => ExitCode == 0 && !TimedOut && !Cancelled;
}
