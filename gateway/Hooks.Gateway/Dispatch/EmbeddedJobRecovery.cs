using Hooks.Gateway.Inbox;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// In the embedded mode Hangfire keeps jobs in memory and one process owns the store, so on start whatever the last
/// process held (claims, runs, retries waiting in memory) is its again: unfinished pairs are pending for the lanes.
/// </summary>
public sealed partial class EmbeddedJobRecovery(IInboxStore store, ILogger<EmbeddedJobRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        int recovered = await store.RecoverAfterRestartAsync(cancellationToken);
        if (recovered > 0)
        {
            Log.Recovered(logger, recovered);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "{Count} unfinished plugin runs of the last process are pending again")]
        public static partial void Recovered(ILogger logger, int count);
    }
}
