using Hangfire;
using Hooks.Plugins.Dashboard.Patterns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Dashboard.Jobs;

/// <summary>
/// At start: reads the pattern file (so a pattern that does not compile is reported now, with its line) and registers
/// the recurring backfill (<c>BackfillCron</c>). A cron Hangfire cannot read is logged and leaves the backfill off.
/// </summary>
public sealed partial class BackfillSchedule(IRecurringJobManager recurring, PatternCatalog patterns, IOptions<DashboardOptions> options, ILogger<BackfillSchedule> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = patterns.Current;
        string cron = options.Value.BackfillCron;
        try
        {
            recurring.AddOrUpdate<BackfillJob>(BackfillJob.RecurringId, DashboardPlugin.Queue, job => job.RunAsync(CancellationToken.None), cron, new RecurringJobOptions());
        }
        catch (ArgumentException exception)
        {
            recurring.RemoveIfExists(BackfillJob.RecurringId);
            Log.BadCron(logger, cron, exception.Message);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Hooks:Plugins:dashboard:BackfillCron '{Cron}' is not a cron expression ({Reason}); the recurring backfill is off")]
        public static partial void BadCron(ILogger logger, string cron, string reason);
    }
}
