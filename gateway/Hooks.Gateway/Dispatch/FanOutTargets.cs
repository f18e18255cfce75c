using Hooks.Contracts.Events;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Plugins;
using Hooks.Gateway.Storage;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// The plugins a delivery goes to: those loaded here that handle one of its events and, on a shared store, those any
/// worker registered in the last five minutes (a plugin disabled here, or not yet deployed here, is not skipped).
/// </summary>
public sealed class FanOutTargets(PluginCatalog plugins, IInboxStore store, StorageSettings storage, TimeProvider time)
{
    private static readonly TimeSpan Forgotten = 5 * PluginRegistration.Every;
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    // One object, swapped whole: the dispatcher and replays (API requests) read it at once.
    private Registered _registered = new(DateTimeOffset.MinValue, []);

    public async Task<IReadOnlyList<string>> ForAsync(IReadOnlyList<HookEvent> events, CancellationToken cancellationToken)
    {
        var targets = plugins.Active.Where(p => events.Any(e => p.Handles(e.GetType()))).Select(p => p.Id).ToList();
        foreach (var (id, handles) in await RegisteredAsync(cancellationToken))
        {
            if (!targets.Contains(id) && events.Any(e => handles.Any(h => h.IsAssignableFrom(e.GetType()))))
            {
                targets.Add(id);
            }
        }

        return targets;
    }

    /// <summary>Whether a plugin loaded here or registered by another worker has the id.</summary>
    public async Task<bool> IsKnownAsync(string pluginId, CancellationToken cancellationToken) =>
        plugins.Find(pluginId) is { IsActive: true } || (await RegisteredAsync(cancellationToken)).Any(p => p.Id == pluginId);

    private async Task<IReadOnlyList<(string Id, Type[] Handles)>> RegisteredAsync(CancellationToken cancellationToken)
    {
        if (!storage.IsPostgres)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var known = _registered;
        if (now - known.At > CacheFor)
        {
            var registered = await store.RegisteredPluginsAsync(now - Forgotten, cancellationToken);
            known = new Registered(now, [.. registered.Select(p => (p.Id, p.Handles.Select(EventType).OfType<Type>().ToArray()))]);
            _registered = known;
        }

        return known.Plugins;
    }

    private sealed record Registered(DateTimeOffset At, IReadOnlyList<(string Id, Type[] Handles)> Plugins);

    private static Type? EventType(string name) => typeof(HookEvent).Assembly.GetType($"{typeof(HookEvent).Namespace}.{name}");
}
