using Hooks.Gateway.Inbox;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// Keeps a run's lease alive while its handlers work: renews it every third of the lease. A run whose process dies
/// stops renewing, so its pairs become runnable again when the lease ends.
/// </summary>
public sealed partial class RunLease : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    public RunLease(IInboxStore store, string plugin, Guid runId, TimeSpan lease, ILogger logger)
    {
        _renewing = RenewAsync(store, plugin, runId, lease, logger, _stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
    }

    private static async Task RenewAsync(IInboxStore store, string plugin, Guid runId, TimeSpan lease, ILogger logger, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(lease / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    await store.RenewLeaseAsync(plugin, runId, lease, stop);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    Log.RenewFailed(logger, plugin, runId, exception);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the lease of run {Run} of plugin {Plugin}; trying again")]
        public static partial void RenewFailed(ILogger logger, string plugin, Guid run, Exception exception);
    }
}
