using Hooks.Gateway.Inbox;
using Hooks.Gateway.Plugins;

namespace Hooks.Gateway.Dispatch;

/// <summary>On a shared store, tells the other processes every minute which plugins this worker has loaded.</summary>
public sealed partial class PluginRegistration(IInboxStore store, PluginCatalog plugins, ILogger<PluginRegistration> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        RegisteredPlugin[] loaded = [.. plugins.Active.Select(p => new RegisteredPlugin(p.Id, [.. p.HandledTypes.Select(t => t.Name)]))];
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                await store.RegisterPluginsAsync(loaded, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.RegisterFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Could not register this worker's plugins; trying again in a minute")]
        public static partial void RegisterFailed(ILogger logger, Exception exception);
    }
}
