namespace Hooks.Gateway.Dispatch;

public static class DispatchQueues
{
    /// <summary>
    /// The Hangfire queue of a plugin's delivery retry jobs: one per plugin, so only workers that have the plugin
    /// loaded take its retries (a rolling upgrade, a plugin disabled on one worker).
    /// </summary>
    public static string For(string pluginId) => "deliveries-" + pluginId;
}
