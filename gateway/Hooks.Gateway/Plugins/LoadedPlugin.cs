using System.Reflection;
using Hooks.Contracts.Plugins;

namespace Hooks.Gateway.Plugins;

/// <summary>A plugin folder as the gateway found it: loaded, disabled by configuration, or broken (with why).</summary>
public sealed class LoadedPlugin
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? Version { get; init; }

    public required string Folder { get; init; }

    public PluginState State { get; set; }

    public string? Error { get; set; }

    public Assembly? Assembly { get; init; }

    public IHooksPlugin? Instance { get; init; }

    /// <summary>The notification types the plugin has handlers for (an event reaches it when it is one of these or derives from one).</summary>
    public IReadOnlyList<Type> HandledTypes { get; set; } = [];

    public IReadOnlyList<PluginQueueSettings> Queues { get; set; } = [];

    /// <summary>The token scopes the plugin declared for its endpoints.</summary>
    public IReadOnlyList<string> Scopes { get; set; } = [];

    public bool IsActive => State == PluginState.Loaded;

    /// <summary>Takes the plugin out of service after it failed at <paramref name="stage"/>: its lanes, services and pages stop.</summary>
    public void MarkBroken(string stage, Exception exception)
    {
        State = PluginState.Broken;
        Error = $"{stage} failed: {exception.GetType().Name}: {exception.Message}";
    }

    public bool Handles(Type eventType) => HandledTypes.Any(handled => handled.IsAssignableFrom(eventType));
}
