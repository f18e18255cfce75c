using Hooks.Gateway.Inbox;
using Hooks.Gateway.Plugins;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// In the embedded mode Hangfire keeps jobs in memory, so jobs of a stopped process are gone. On start, every
/// outcome that was not finished gets a new job, and claims of the stopped dispatcher are released.
/// </summary>
public sealed partial class EmbeddedJobRecovery(IInboxStore store, PluginCatalog plugins, Dispatcher dispatcher, ILogger<EmbeddedJobRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.ReleaseClaimsAsync(cancellationToken);
        foreach (var outcome in await store.UnfinishedOutcomesAsync(cancellationToken))
        {
            if (plugins.Find(outcome.Plugin) is { IsActive: true })
            {
                await store.AttachJobAsync(outcome.DeliveryId, outcome.Plugin, dispatcher.Enqueue(outcome.DeliveryId, outcome.Plugin), cancellationToken);
                Log.Recovered(logger, outcome.Plugin, outcome.DeliveryId);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Re-enqueued unfinished job of plugin {Plugin} for delivery {Delivery}")]
        public static partial void Recovered(ILogger logger, string plugin, Guid delivery);
    }
}
