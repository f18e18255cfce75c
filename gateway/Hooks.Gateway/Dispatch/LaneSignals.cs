using System.Collections.Concurrent;

namespace Hooks.Gateway.Dispatch;

/// <summary>Wakes a plugin's lane when the dispatcher or a replay made pairs pending for it.</summary>
public sealed class LaneSignals
{
    private readonly ConcurrentDictionary<string, DispatchSignal> _signals = new(StringComparer.OrdinalIgnoreCase);

    public DispatchSignal For(string pluginId) => _signals.GetOrAdd(pluginId, _ => new DispatchSignal());

    public void Pulse(string pluginId) => For(pluginId).Pulse();
}
