namespace Hooks.Gateway.Plugins;

/// <summary>A plugin's database context, whose migrations are applied on start.</summary>
public sealed record PluginDatabase(string PluginId, Type ContextType);
