using Hooks.Gateway.Inbox;
using Hooks.Gateway.Normalisation;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// Sends a stored delivery again, to every interested plugin or to one, whatever came of it before: the pair is
/// pending again with no attempts and its lane runs it. A pair a run holds right now is left to that run.
/// </summary>
public sealed class Replayer(IInboxStore store, FanOutTargets targets, LaneSignals lanes)
{
    /// <summary>Null when there is no such delivery.</summary>
    public async Task<ReplayResult?> ReplayAsync(Guid deliveryId, string? pluginId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(deliveryId, cancellationToken) is not { } delivery)
        {
            return null;
        }

        IReadOnlyList<string> plugins = pluginId is null
            ? await targets.ForAsync(Normaliser.Normalise(delivery), cancellationToken)
            : await targets.IsKnownAsync(pluginId, cancellationToken) ? [pluginId] : throw new ArgumentException($"plugin '{pluginId}' is not loaded", nameof(pluginId));
        var replayed = new List<string>();
        var running = new Dictionary<string, DateTimeOffset?>();
        foreach (string plugin in plugins)
        {
            var start = await store.ResetForReplayAsync(deliveryId, plugin, cancellationToken);
            if (start.Reset)
            {
                replayed.Add(plugin);
                lanes.Pulse(plugin);
            }
            else
            {
                running[plugin] = start.RunningUntil;
            }
        }

        return new ReplayResult(replayed, running);
    }
}
