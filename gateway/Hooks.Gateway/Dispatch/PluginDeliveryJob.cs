using System.ComponentModel;
using Hangfire.Server;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Normalisation;
using Hooks.Gateway.Ops;
using Hooks.Gateway.Plugins;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// One delivery for one plugin: normalise it, publish its events to that plugin's handlers only, record the
/// outcome. A failure is recorded and rethrown, so Hangfire retries it (and shows it) without touching other plugins.
/// </summary>
public sealed partial class PluginDeliveryJob(
    IInboxStore store,
    PluginCatalog plugins,
    IServiceProvider services,
    GatewayMetrics metrics,
    TimeProvider time,
    IOptions<DispatchOptions> options,
    ILogger<PluginDeliveryJob> logger)
{
    [DisplayName("{1}: delivery {0}")]
    public async Task RunAsync(Guid deliveryId, string pluginId, PerformContext? context, CancellationToken cancellationToken)
    {
        var plugin = plugins.Find(pluginId) is { IsActive: true } active
            ? active
            : throw new InvalidOperationException($"plugin '{pluginId}' is not loaded in this process");
        var delivery = await store.GetAsync(deliveryId, cancellationToken)
            ?? throw new InvalidOperationException($"delivery {deliveryId} is not in the store");
        if (!await store.TryStartAsync(deliveryId, pluginId, options.Value.RunLease, cancellationToken))
        {
            Log.AlreadyHandled(logger, pluginId, deliveryId);
            return;
        }

        metrics.HandlerStarted(pluginId, time.GetUtcNow() - delivery.ReceivedAt);
        try
        {
            await using var scope = services.CreateAsyncScope();
            var mediator = PluginMediator.For(plugin.Id, scope.ServiceProvider);
            foreach (var hookEvent in Normaliser.Normalise(delivery).Where(e => plugin.Handles(e.GetType())))
            {
                await mediator.Publish(hookEvent, cancellationToken);
            }
        }
        catch (Exception exception)
        {
            int retries = context?.GetJobParameter<int>("RetryCount", allowStale: true) ?? 0;
            bool final = retries + 1 >= options.Value.MaxAttempts;
            await store.FinishAsync(deliveryId, pluginId, final ? OutcomeStatus.Failed : OutcomeStatus.Retrying, $"{exception.GetType().Name}: {exception.Message}", CancellationToken.None);
            metrics.PluginJob(pluginId, final ? "failed" : "retrying");
            throw;
        }

        await store.FinishAsync(deliveryId, pluginId, OutcomeStatus.Succeeded, null, CancellationToken.None);
        metrics.PluginJob(pluginId, "succeeded");
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {Plugin} already handled (or is handling) delivery {Delivery}; nothing done")]
        public static partial void AlreadyHandled(ILogger logger, string plugin, Guid delivery);
    }
}
