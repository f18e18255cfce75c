using Hangfire;
using Hooks.Plugins.Ci.Configuration;
using Hooks.Plugins.Ci.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.Ci.Building;

/// <summary>
/// The Hangfire job of one build. The build is claimed with a fenced update, so a second job of the same build (a
/// recovery, a worker that came back) finds it taken and does nothing. A build whose workers died under it
/// <c>MaxAttempts</c> times ends <c>FAILED</c> instead of running again.
/// </summary>
public sealed partial class BuildJob(CiDb db, CiSettings settings, BuildRun run, TimeProvider time, ILogger<BuildJob> logger)
{
    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("CI build {0}")]
    public async Task RunAsync(long buildId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var build = await Unclaimed(buildId, now).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (build is null)
        {
            Log.NothingToDo(logger, buildId);
            return;
        }

        var runner = Guid.NewGuid();
        if (build.Attempts >= settings.Options.MaxAttempts)
        {
            await GiveUpAsync(build, runner, now, cancellationToken);
            return;
        }

        int claimed = await Unclaimed(buildId, now).ExecuteUpdateAsync(set => set
            .SetProperty(b => b.Status, BuildStatus.Running)
            .SetProperty(b => b.RunnerId, runner)
            .SetProperty(b => b.LeaseUntil, now + settings.Options.RunLease)
            .SetProperty(b => b.BuildTime, now)
            .SetProperty(b => b.Attempts, b => b.Attempts + 1), cancellationToken);
        if (claimed == 1)
        {
            await run.RunAsync(buildId, runner, cancellationToken);
        }
    }

    private async Task GiveUpAsync(CiBuild build, Guid runner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string reason = $"the build's worker stopped during each of its {build.Attempts} attempts";
        int taken = await Unclaimed(build.Id, now).ExecuteUpdateAsync(set => set
            .SetProperty(b => b.Status, BuildStatus.Running)
            .SetProperty(b => b.RunnerId, runner)
            .SetProperty(b => b.LeaseUntil, now + settings.Options.RunLease), cancellationToken);
        if (taken == 1)
        {
            await run.FailUnstartedAsync(build.Id, runner, reason);
        }
    }

    /// <summary>The build, while nobody holds it: queued, or running under a lease that ran out.</summary>
    private IQueryable<CiBuild> Unclaimed(long id, DateTimeOffset now) =>
        db.Builds.Where(b => b.Id == id && (b.Status == BuildStatus.Queued || b.Status == BuildStatus.Running && b.LeaseUntil < now));

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Debug, Message = "Build {Build} has nothing left to run (over, held by a live worker, or gone)")]
        public static partial void NothingToDo(ILogger logger, long build);
    }
}
