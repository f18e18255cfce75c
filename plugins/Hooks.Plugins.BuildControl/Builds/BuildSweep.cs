using Hooks.Plugins.BuildControl.Configuration;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Hooks.Plugins.BuildControl.TestTasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>
/// At start and every <c>RecoverEvery</c>: STARTED test tasks past <c>TestTimeout</c> go back to CREATED, so what a person
/// reads is true between the test system's polls too (each poll does the same before it hands tasks out); and a build
/// whose tasks are all finished but which is not, because the process died between a report's commit and its check,
/// is finished (and gets its test tasks).
/// </summary>
public sealed partial class BuildSweep(IServiceScopeFactory scopes, IOptions<BuildControlOptions> options, TimeProvider time, ILogger<BuildSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RecoverEvery, time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception error) when (error is DbUpdateException or InvalidOperationException or TimeoutException)
            {
                Log.Failed(logger, error);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = time.GetUtcNow();
        int returned = await scope.ServiceProvider.GetRequiredService<TestHandOut>().ReturnExpiredAsync(now, cancellationToken);
        if (returned > 0)
        {
            Log.Returned(logger, returned, options.Value.TestTimeout);
        }

        var db = scope.ServiceProvider.GetRequiredService<BuildControlDb>();
        var unfinished = await db.Builds.Where(b => b.FinishedAt == null && db.Tasks.Any(t => t.BuildId == b.Id)
                && !db.Tasks.Any(t => t.BuildId == b.Id && (t.Status == BuildTaskStatus.Idle || t.Status == BuildTaskStatus.Started)))
            .Select(b => b.Id).ToListAsync(cancellationToken);
        foreach (int buildId in unfinished)
        {
            await BuildEnd.MarkIfFinishedAsync(db, buildId, now, cancellationToken);
            Log.Finished(logger, buildId);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} test tasks had no result within {Timeout} and went back to CREATED")]
        public static partial void Returned(ILogger logger, int count, TimeSpan timeout);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Build {BuildId} had every task finished but was not: finished now")]
        public static partial void Finished(ILogger logger, int buildId);

        [LoggerMessage(Level = LogLevel.Error, Message = "Sweeping timed-out test tasks and unfinished builds failed; trying again at the next interval")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
