namespace Hooks.Gateway.Plugins;

/// <summary>Every plugin folder found at start, in a stable order.</summary>
public sealed class PluginCatalog(IReadOnlyList<LoadedPlugin> plugins)
{
    public IReadOnlyList<LoadedPlugin> All { get; } = plugins;

    public IEnumerable<LoadedPlugin> Active => All.Where(plugin => plugin.IsActive);

    /// <summary>The catalog registered by plugin loading, while services are still being registered.</summary>
    public static PluginCatalog From(IServiceCollection services) =>
        services.LastOrDefault(d => d.ServiceType == typeof(PluginCatalog))?.ImplementationInstance as PluginCatalog
        ?? throw new InvalidOperationException("plugins are loaded before workers are registered");

    public LoadedPlugin? Find(string id) => All.FirstOrDefault(plugin => plugin.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
}
