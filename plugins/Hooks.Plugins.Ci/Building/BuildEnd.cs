using Hooks.Contracts.Forges;
using Hooks.Plugins.Ci.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.Ci.Building;

/// <summary>Ends a build (fenced by its runner): its status, the log's last line, the commit status, Slack, subscribers.</summary>
public sealed partial class BuildEnd(
    CiDb db, CommitStatusReporter statuses, BuildMetrics metrics, SlackNotice slack, Subscribers subscribers, TimeProvider time, ILogger<BuildEnd> logger)
{
    public async Task FinishAsync(CiBuild build, Guid runner, BuildOutcome outcome, StageLog log)
    {
        var now = time.GetUtcNow();
        await log.WriteAsync("end", outcome.Status == BuildStatus.Passed ? $"Build {build.Id} PASSED" : $"Build {build.Id} FAILED: {outcome.Reason}");
        int finished = await db.Builds.Where(b => b.Id == build.Id && b.RunnerId == runner).ExecuteUpdateAsync(set => set
            .SetProperty(b => b.Status, outcome.Status)
            .SetProperty(b => b.Reason, outcome.Reason)
            .SetProperty(b => b.FinishedAt, now)
            .SetProperty(b => b.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        await log.CompleteAsync();
        var started = await db.Builds.AsNoTracking().Where(b => b.Id == build.Id).Select(b => b.BuildTime).FirstOrDefaultAsync(CancellationToken.None);
        metrics.Ended(outcome.Status, now - (started ?? now));
        if (finished == 0)
        {
            Log.NotHeld(logger, build.Id);
            return;
        }

        Log.Finished(logger, build.Id, build.AcctRepo, outcome.Status, outcome.Reason ?? "");
        build.Status = outcome.Status;
        build.Reason = outcome.Reason;
        await statuses.ReportAsync(build, outcome.Status == BuildStatus.Passed ? CommitState.Success : CommitState.Failure, outcome.Reason ?? "passed");
        await slack.SendAsync(build);
        if (outcome.Status == BuildStatus.Passed)
        {
            await subscribers.BuildAsync(build, log);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Build {Build} of {Repository}: {Status} {Reason}")]
        public static partial void Finished(ILogger logger, long build, string repository, BuildStatus status, string reason);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Build {Build} was no longer held by this attempt when it ended; its end is not written")]
        public static partial void NotHeld(ILogger logger, long build);
    }
}
