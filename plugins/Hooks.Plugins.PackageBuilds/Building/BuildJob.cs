using Hangfire;
using Hangfire.Storage;
using Hooks.Plugins.PackageBuilds.Configuration;
using Hooks.Plugins.PackageBuilds.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.PackageBuilds.Building;

/// <summary>
/// The Hangfire job of one build. One build of a repository and branch runs at a time, across every worker (decided
/// under a short distributed lock, kept by the running build's row; a job that finds its branch building is
/// scheduled again rather than holding a worker); a build with a newer one of its repository and branch behind it
/// steps aside for it (pushes that
/// piled up coalesce to the newest); the build is claimed with a fenced update, so a second job of the same build (a
/// recovery after a restart, a worker that came back) finds it taken and does nothing.
/// </summary>
public sealed partial class BuildJob(
    BuildsDb db, BuildSettings settings, JobStorage storage, IBackgroundJobClient jobs, BuildRun run, TimeProvider time, ILogger<BuildJob> logger)
{
    /// <summary>How long a job waits for another deciding about its branch before it steps back and comes again later.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan ComeBackAfter = TimeSpan.FromSeconds(10);

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Package build {0}")]
    public async Task RunAsync(Guid buildId, CancellationToken cancellationToken)
    {
        if (await StartableAsync(buildId, cancellationToken) is not { } build)
        {
            return;
        }

        var runner = Guid.NewGuid();
        bool claimed;
        using (var connection = storage.GetConnection())
        {
            IDisposable exclusive;
            try
            {
                // Held only while deciding and claiming: a lock a killed worker left behind blocks nobody for long, and
                // the running build's row keeps its branch's next build waiting.
                exclusive = connection.AcquireDistributedLock($"package-builds:{build.Repository}:{build.Branch}", LockWait);
            }
            catch (DistributedLockTimeoutException)
            {
                await ComeBackAsync(buildId, cancellationToken);
                return;
            }

            using (exclusive)
            {
                claimed = await DecideAsync(buildId, runner, cancellationToken);
            }
        }

        if (claimed)
        {
            await run.RunAsync(buildId, runner, cancellationToken);
        }
    }

    /// <summary>Ends the build if it has nothing to run, sends it back while its branch builds, else claims it.</summary>
    private async Task<bool> DecideAsync(Guid buildId, Guid runner, CancellationToken cancellationToken)
    {
        if (await StartableAsync(buildId, cancellationToken) is not { } current)
        {
            return false;
        }

        if (await NewerAsync(current, cancellationToken) is { } newer)
        {
            string reason = $"superseded by the newer build {newer.Id:D} of {newer.Commit ?? "the branch head"}";
            await EndUnclaimedAsync(current, BuildStatus.Superseded, reason, cancellationToken);
            return false;
        }

        if (current.CancelRequested)
        {
            await EndUnclaimedAsync(current, BuildStatus.Cancelled, "cancelled before it started", cancellationToken);
            return false;
        }

        if (await BranchBusyAsync(current, cancellationToken))
        {
            await ComeBackAsync(buildId, cancellationToken);
            return false;
        }

        return await ClaimAsync(current, runner, cancellationToken);
    }

    /// <summary>Its branch is building: free this worker for other repositories and come back, rather than wait here.</summary>
    private async Task ComeBackAsync(Guid buildId, CancellationToken cancellationToken)
    {
        string later = jobs.Schedule<BuildJob>(PackageBuildsPlugin.Queue, job => job.RunAsync(buildId, CancellationToken.None), ComeBackAfter);
        await db.Builds.Where(b => b.Id == buildId).ExecuteUpdateAsync(set => set.SetProperty(b => b.JobId, later), cancellationToken);
        Log.ComingBack(logger, buildId, later);
    }

    /// <summary>
    /// Another build of the branch is running, its lease live or not: a build whose worker died keeps its branch until
    /// recovery runs it again or a newer build supersedes it, so two builds of a branch never overlap, even when a
    /// lease renewal comes late.
    /// </summary>
    private Task<bool> BranchBusyAsync(BuildRecord build, CancellationToken cancellationToken) =>
        db.Builds.AnyAsync(b => b.Repository == build.Repository && b.Branch == build.Branch && b.Id != build.Id && b.Status == BuildStatus.Running, cancellationToken);

    private async Task<BuildRecord?> StartableAsync(Guid buildId, CancellationToken cancellationToken)
    {
        var build = await db.Builds.AsNoTracking().FirstOrDefaultAsync(b => b.Id == buildId, cancellationToken);
        var now = time.GetUtcNow();
        if (build is { Status: BuildStatus.Queued } || build is { Status: BuildStatus.Running } && build.LeaseUntil < now)
        {
            return build;
        }

        Log.NothingToDo(logger, buildId, build?.Status);
        return null;
    }

    private Task<BuildRecord?> NewerAsync(BuildRecord build, CancellationToken cancellationToken) => db.Builds.AsNoTracking()
        .Where(b => b.Repository == build.Repository && b.Branch == build.Branch && b.Id != build.Id && b.Status != BuildStatus.Ignored && b.CreatedAt > build.CreatedAt)
        .OrderByDescending(b => b.CreatedAt)
        .FirstOrDefaultAsync(cancellationToken);

    private async Task<bool> ClaimAsync(BuildRecord build, Guid runner, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + settings.Options.RunLease;
        int claimed = await Unclaimed(build.Id, now).ExecuteUpdateAsync(set => set
            .SetProperty(b => b.Status, BuildStatus.Running)
            .SetProperty(b => b.RunnerId, runner)
            .SetProperty(b => b.LeaseUntil, until)
            .SetProperty(b => b.StartedAt, now)
            .SetProperty(b => b.FinishedAt, (DateTimeOffset?)null)
            .SetProperty(b => b.Attempts, b => b.Attempts + 1), cancellationToken);
        return claimed == 1;
    }

    private async Task EndUnclaimedAsync(BuildRecord build, BuildStatus status, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await Unclaimed(build.Id, now).ExecuteUpdateAsync(set => set
            .SetProperty(b => b.Status, status)
            .SetProperty(b => b.Reason, reason)
            .SetProperty(b => b.RunnerId, (Guid?)null)
            .SetProperty(b => b.FinishedAt, now), cancellationToken);
        Log.Ended(logger, build.Id, status, reason);
    }

    /// <summary>The build, while nobody holds it: queued, or running under a lease that ran out.</summary>
    private IQueryable<BuildRecord> Unclaimed(Guid id, DateTimeOffset now) =>
        db.Builds.Where(b => b.Id == id && (b.Status == BuildStatus.Queued || b.Status == BuildStatus.Running && b.LeaseUntil < now));

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Debug, Message = "Build {Build} has nothing left to run (status {Status}; none: gone)")]
        public static partial void NothingToDo(ILogger logger, Guid build, BuildStatus? status);

        [LoggerMessage(Level = LogLevel.Debug, Message = "Build {Build} waits for its branch's running build: job {Job} comes back for it")]
        public static partial void ComingBack(ILogger logger, Guid build, string job);

        [LoggerMessage(Level = LogLevel.Information, Message = "Build {Build} {Status}: {Reason}")]
        public static partial void Ended(ILogger logger, Guid build, BuildStatus status, string reason);
    }
}
