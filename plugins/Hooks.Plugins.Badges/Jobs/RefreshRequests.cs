using Hangfire;
using Hangfire.States;
using Hooks.Plugins.Badges.Storage;

namespace Hooks.Plugins.Badges.Jobs;

/// <summary>
/// Asks for a project refresh, coalescing: while an earlier refresh of the project still waits in the queue, a new
/// request joins it (that refresh reads GitLab after the request, so it sees what the request was about).
/// </summary>
public sealed class RefreshRequests(BadgesDb db, IBackgroundJobClient jobs, JobStorage storage)
{
    public async Task<RefreshRequest> RequestAsync(string projectKey, CancellationToken cancellationToken)
    {
        var project = await db.Projects.FindAsync([projectKey], cancellationToken) ?? db.Projects.Add(new TrackedProject { Key = projectKey }).Entity;
        if (project.PendingJobId is { } pending && IsWaiting(pending))
        {
            return new RefreshRequest(pending, Joined: true);
        }

        project.PendingJobId = jobs.Enqueue<RefreshProjectJob>(BadgesPlugin.Queue, job => job.RunAsync(projectKey, CancellationToken.None));
        await db.SaveChangesAsync(cancellationToken);
        return new RefreshRequest(project.PendingJobId, Joined: false);
    }

    private bool IsWaiting(string jobId)
    {
        using var connection = storage.GetConnection();
        string? state = connection.GetJobData(jobId)?.State;
        return state == EnqueuedState.StateName || state == ScheduledState.StateName || state == AwaitingState.StateName;
    }
}
