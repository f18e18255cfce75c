using System.Linq.Expressions;
using Hangfire;

namespace Hooks.Gateway.Dispatch;

/// <summary>Registers (or updates) one of the gateway's recurring Hangfire jobs when a worker starts.</summary>
public sealed class RecurringJobSchedule<TJob>(IRecurringJobManager recurring, string id, Expression<Func<TJob, Task>> call, string cron) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate(id, call, cron);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
