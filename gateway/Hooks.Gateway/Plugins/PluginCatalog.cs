namespace Hooks.Gateway.Plugins;

/// <summary>Every plugin folder found at start, in a stable order.</summary>
public sealed class PluginCatalog(IReadOnlyList<LoadedPlugin> plugins)
{
    public IReadOnlyList<LoadedPlugin> All { get; } = plugins;

    public IEnumerable<LoadedPlugin> Active => All.Where(plugin => plugin.IsActive);

    public LoadedPlugin? Find(string id) => All.FirstOrDefault(plugin => plugin.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
}
