using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Badges.Jobs;

/// <summary>
/// Registers the recurring reconcile with Hangfire (<c>ReconcileCron</c>) and, unless told not to, runs it once at start.
/// A cron Hangfire cannot read is logged and leaves the reconcile off; it never stops the gateway.
/// </summary>
public sealed partial class ReconcileSchedule(IRecurringJobManager recurring, IOptions<BadgesOptions> options, ILogger<ReconcileSchedule> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        string cron = options.Value.ReconcileCron;
        try
        {
            recurring.AddOrUpdate<ReconcileAllJob>(ReconcileAllJob.RecurringId, BadgesPlugin.Queue, job => job.RunAsync(CancellationToken.None), cron, new RecurringJobOptions());
        }
        catch (ArgumentException exception)
        {
            recurring.RemoveIfExists(ReconcileAllJob.RecurringId);
            Log.BadCron(logger, cron, exception.Message);
            return Task.CompletedTask;
        }

        if (options.Value.ReconcileOnStart && options.Value.Projects.Count > 0)
        {
            recurring.Trigger(ReconcileAllJob.RecurringId);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Hooks:Plugins:badges:ReconcileCron '{Cron}' is not a cron expression ({Reason}); the recurring reconcile is off")]
        public static partial void BadCron(ILogger logger, string cron, string reason);
    }
}
