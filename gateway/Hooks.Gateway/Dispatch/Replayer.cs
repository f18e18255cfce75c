using Hooks.Gateway.Inbox;
using Hooks.Gateway.Normalisation;
using Hooks.Gateway.Plugins;

namespace Hooks.Gateway.Dispatch;

/// <summary>Sends a stored delivery again, to every interested plugin or to one, whatever came of it before.</summary>
public sealed class Replayer(IInboxStore store, PluginCatalog plugins, Dispatcher dispatcher)
{
    /// <summary>The plugins the delivery was sent to again; null when there is no such delivery.</summary>
    public async Task<IReadOnlyList<string>?> ReplayAsync(Guid deliveryId, string? pluginId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(deliveryId, cancellationToken) is not { } delivery)
        {
            return null;
        }

        var events = Normaliser.Normalise(delivery);
        var targets = pluginId is null
            ? plugins.Active.Where(p => events.Any(e => p.Handles(e.GetType()))).ToList()
            : [plugins.Find(pluginId) is { IsActive: true } one ? one : throw new ArgumentException($"plugin '{pluginId}' is not loaded", nameof(pluginId))];
        foreach (var plugin in targets)
        {
            await store.ResetAsync(deliveryId, plugin.Id, "", cancellationToken);
            await store.AttachJobAsync(deliveryId, plugin.Id, dispatcher.Enqueue(deliveryId, plugin.Id), cancellationToken);
        }

        return [.. targets.Select(p => p.Id)];
    }
}
