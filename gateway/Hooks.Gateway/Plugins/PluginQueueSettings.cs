namespace Hooks.Gateway.Plugins;

/// <summary>A Hangfire queue a plugin declared, and how many workers serve it in each worker process.</summary>
public sealed record PluginQueueSettings(string Name, int Workers);
