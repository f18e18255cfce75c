namespace Hooks.Contracts.Platform;

/// <summary>
/// Runs a command or a shell script in a process group of its own: on timeout or cancellation the whole tree is
/// killed (background children too), and what is left of the group when the main process ends is killed as well.
/// Every output line is timestamped and, when the request names a run log, appended to it as it comes.
/// </summary>
public interface IProcessRunner
{
    /// <summary>
    /// Runs the request to its end. Timing out or being cancelled is not an exception: the result says so.
    /// </summary>
    Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken);
}
