using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Hooks.Plugins.Badges.Storage;

namespace Hooks.Plugins.Badges.Jobs;

/// <summary>
/// Asks for a project refresh, coalescing: while an earlier refresh of the project still waits in the queue, a new
/// request joins it (that refresh reads GitLab after the request, so it sees what the request was about). A refresh
/// waiting for a retry is not joined: its back-off may be long, and a new request deserves a refresh now.
/// </summary>
public sealed class RefreshRequests(BadgesDb db, IBackgroundJobClient jobs, JobStorage storage)
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    public async Task<RefreshRequest> RequestAsync(string projectKey, CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        using var exclusive = connection.AcquireDistributedLock($"badges:request:{projectKey}", LockTimeout);
        var project = await db.Projects.FindAsync([projectKey], cancellationToken);
        if (project is null)
        {
            project = db.Projects.Add(new TrackedProject { Key = projectKey }).Entity;
            await db.SaveChangesAsync(cancellationToken);
        }

        if (project.PendingJobId is { } pending && IsWaitingRefreshOf(connection, pending, projectKey))
        {
            return new RefreshRequest(pending, Joined: true);
        }

        project.PendingJobId = jobs.Enqueue<RefreshProjectJob>(BadgesPlugin.Queue, job => job.RunAsync(projectKey, CancellationToken.None));
        await db.SaveChangesAsync(cancellationToken);
        return new RefreshRequest(project.PendingJobId, Joined: false);
    }

    /// <summary>Checks the job itself too: the embedded mode's in-memory job ids start again at 1 after a restart.</summary>
    private static bool IsWaitingRefreshOf(IStorageConnection connection, string jobId, string projectKey) =>
        connection.GetJobData(jobId) is { State: var state, Job: { } job }
        && state == EnqueuedState.StateName
        && job.Type.FullName == typeof(RefreshProjectJob).FullName
        && job.Args.Count > 0 && job.Args[0] as string == projectKey;
}
