using Hooks.Gateway.Inbox;
using Hooks.Gateway.Plugins;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Dispatch;

/// <summary>Starts a lane for every plugin loaded in this process, with <c>Hooks:Dispatch:LaneWorkers</c> loops each.</summary>
public sealed class PluginLanes(
    PluginCatalog plugins,
    IInboxStore store,
    PluginRun run,
    FailedRuns failures,
    LaneSignals signals,
    IOptions<DispatchOptions> options,
    ILoggerFactory loggers) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var logger = loggers.CreateLogger<PluginLane>();
        var loops = new List<Task>();
        foreach (var plugin in plugins.Active)
        {
            var lane = new PluginLane(plugin, store, run, failures, signals.For(plugin.Id), options.Value, logger);
            for (int loop = 0; loop < Math.Max(1, options.Value.LaneWorkers); loop++)
            {
                int number = loop;
                loops.Add(Task.Run(() => lane.RunLoopAsync(number, stoppingToken), CancellationToken.None));
            }
        }

        return Task.WhenAll(loops);
    }
}
