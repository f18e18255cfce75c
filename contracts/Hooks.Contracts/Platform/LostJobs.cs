using Hangfire.States;
using Hangfire.Storage;

namespace Hooks.Contracts.Platform;

/// <summary>
/// Whether the Hangfire job a plugin recorded for one of its runs (a build) is gone, so the run needs a new one: the
/// embedded gateway's in-memory jobs do not survive a restart (and their ids start again at 1), and a job a dead
/// worker held is taken again only after Hangfire's invisibility timeout.
/// </summary>
public static class LostJobs
{
    private static readonly string[] Waiting = [EnqueuedState.StateName, ScheduledState.StateName, AwaitingState.StateName, ProcessingState.StateName];

    /// <param name="connection">A connection to Hangfire's storage.</param>
    /// <param name="jobId">The job recorded for the run, or null.</param>
    /// <param name="jobType">The job's class.</param>
    /// <param name="runId">The run's id, the job's first argument.</param>
    /// <param name="leaseUntil">For a run that holds a lease (running), when it ran out; null for a run that waits.</param>
    /// <returns>True when the run has no live job of its own: missing, another run's, over, or (for a run whose lease ran
    /// out) a job older than that lease, which died with its worker.</returns>
    public static bool IsLost(IStorageConnection connection, string? jobId, Type jobType, object runId, DateTimeOffset? leaseUntil)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var job = jobId is null ? null : connection.GetJobData(jobId);
        bool ours = job?.Job is { } found && found.Type == jobType && found.Args.Count > 0 && Equals(found.Args[0], runId);
        if (!ours || !Waiting.Contains(job!.State))
        {
            return true;
        }

        return leaseUntil is { } until && new DateTimeOffset(job.CreatedAt, TimeSpan.Zero) < until;
    }
}
