using Hangfire;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.RunLogs;

/// <summary>Registers the run log retention as a recurring Hangfire job when a worker starts.</summary>
public sealed class RunLogRetentionSchedule(IRecurringJobManager recurring, IOptions<RunLogOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<RunLogRetentionJob>(RunLogRetentionJob.RecurringId, job => job.RunAsync(CancellationToken.None), options.Value.Cron);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
