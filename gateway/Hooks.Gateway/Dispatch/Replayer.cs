using Hooks.Gateway.Inbox;
using Hooks.Gateway.Normalisation;
using Hooks.Gateway.Plugins;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// Sends a stored delivery again, to every interested plugin or to one, whatever came of it before: the pair is
/// pending again with no attempts and its lane runs it. A pair a run holds right now is left to that run.
/// </summary>
public sealed class Replayer(IInboxStore store, PluginCatalog plugins, LaneSignals lanes)
{
    /// <summary>Null when there is no such delivery.</summary>
    public async Task<ReplayResult?> ReplayAsync(Guid deliveryId, string? pluginId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(deliveryId, cancellationToken) is not { } delivery)
        {
            return null;
        }

        var events = Normaliser.Normalise(delivery);
        var targets = pluginId is null
            ? plugins.Active.Where(p => events.Any(e => p.Handles(e.GetType()))).ToList()
            : [plugins.Find(pluginId) is { IsActive: true } one ? one : throw new ArgumentException($"plugin '{pluginId}' is not loaded", nameof(pluginId))];
        var replayed = new List<string>();
        var running = new Dictionary<string, DateTimeOffset?>();
        foreach (var plugin in targets)
        {
            var start = await store.ResetForReplayAsync(deliveryId, plugin.Id, cancellationToken);
            if (start.Reset)
            {
                replayed.Add(plugin.Id);
                lanes.Pulse(plugin.Id);
            }
            else
            {
                running[plugin.Id] = start.RunningUntil;
            }
        }

        return new ReplayResult(replayed, running);
    }
}
