using Hangfire;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Retention;

/// <summary>Registers the retention job as a recurring Hangfire job when a worker starts.</summary>
public sealed class RetentionSchedule(IRecurringJobManager recurring, IOptions<RetentionOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<RetentionJob>(RetentionJob.RecurringId, job => job.RunAsync(CancellationToken.None), options.Value.Cron);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
