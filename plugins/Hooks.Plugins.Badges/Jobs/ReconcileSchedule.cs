using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Badges.Jobs;

/// <summary>Registers the recurring reconcile with Hangfire (<c>ReconcileCron</c>) and, unless told not to, runs it once at start.</summary>
public sealed class ReconcileSchedule(IRecurringJobManager recurring, IOptions<BadgesOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<ReconcileAllJob>(
            ReconcileAllJob.RecurringId, BadgesPlugin.Queue, job => job.RunAsync(CancellationToken.None), options.Value.ReconcileCron, new RecurringJobOptions());
        if (options.Value.ReconcileOnStart && options.Value.Projects.Count > 0)
        {
            recurring.Trigger(ReconcileAllJob.RecurringId);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
