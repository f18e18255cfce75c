namespace Hooks.Gateway.Plugins;

/// <summary>
/// A plugin's hosted service, wrapped: it starts only while its plugin is in service, and if it throws on start, or
/// its background work fails later, the plugin is marked broken with the reason instead of stopping the gateway.
/// </summary>
public sealed partial class PluginHostedService(LoadedPlugin plugin, IHostedService inner, ILogger<PluginHostedService> logger) : IHostedService
{
    private bool _started;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!plugin.IsActive)
        {
            return;
        }

        try
        {
            await inner.StartAsync(cancellationToken);
            _started = true;
        }
#pragma warning disable CA1031 // A plugin's failure takes that plugin out of service, never the gateway.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Fail(exception);
            return;
        }

        if (inner is BackgroundService { ExecuteTask: { } running })
        {
            _ = running.ContinueWith(task => Fail(task.Exception!.GetBaseException()), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_started)
        {
            return;
        }

        try
        {
            await inner.StopAsync(cancellationToken);
        }
#pragma warning disable CA1031 // Stopping goes on for the other services whatever one plugin's does.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.StopFailed(logger, plugin.Id, exception);
        }
    }

    private void Fail(Exception exception)
    {
        plugin.MarkBroken($"its service {inner.GetType().Name}", exception);
        Log.Failed(logger, plugin.Id, inner.GetType().Name, exception);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {Id} is broken: its service {Service} failed; the other plugins go on")]
        public static partial void Failed(ILogger logger, string id, string service, Exception exception);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {Id}'s service failed to stop")]
        public static partial void StopFailed(ILogger logger, string id, Exception exception);
    }
}
