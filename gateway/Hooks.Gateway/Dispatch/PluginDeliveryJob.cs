using System.ComponentModel;
using Hangfire;
using Hangfire.Server;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Plugins;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// The retry of one delivery for one plugin, after its lane's run failed: visible in the dashboard, scheduled on the
/// ledger's back-off by <see cref="DeliveryRetryAttribute"/>. It runs only while its pair waits for it (or a dead run's
/// lease ran out), and records its result fenced by its run id, so a stale job can never overwrite a newer result.
/// </summary>
public sealed partial class PluginDeliveryJob(
    IInboxStore store,
    PluginCatalog plugins,
    PluginRun run,
    RetryPolicy policy,
    IOptions<DispatchOptions> options,
    ILogger<PluginDeliveryJob> logger)
{
    [DisplayName("{1}: delivery {0}")]
    [AutomaticRetry(Attempts = 0)]
    [DeliveryRetry]
    public async Task RunAsync(Guid deliveryId, string pluginId, PerformContext? context, CancellationToken cancellationToken)
    {
        var plugin = plugins.Find(pluginId) is { IsActive: true } active
            ? active
            : throw new InvalidOperationException($"plugin '{pluginId}' is not loaded in this process");
        string jobId = context?.BackgroundJob.Id ?? throw new InvalidOperationException("a delivery job runs under Hangfire");
        var runId = Guid.NewGuid();
        var (start, attempt) = await store.TryStartJobAsync(deliveryId, pluginId, jobId, runId, options.Value.RunLease, cancellationToken);
        if (start != JobStart.Started)
        {
            Log.NotStarted(logger, pluginId, deliveryId, start);
            return;
        }

        Exception? failure;
        await using (new RunLease(store, pluginId, runId, options.Value.RunLease, logger))
        {
            failure = await store.GetAsync(deliveryId, cancellationToken) is { } delivery
                ? await run.HandleAsync(plugin, delivery, cancellationToken)
                : new InvalidOperationException($"delivery {deliveryId} is not in the store");
        }

        Guid[] pair = [deliveryId];
        if (failure is null)
        {
            await store.FinishRunAsync(pluginId, runId, pair, RunFinish.Succeeded, CancellationToken.None);
            return;
        }

        var decision = policy.Decide(attempt);
        var finish = policy.Finish(pluginId, decision, failure, jobId);
        if (await store.FinishRunAsync(pluginId, runId, pair, finish, CancellationToken.None) == 0)
        {
            Log.LostLease(logger, pluginId, deliveryId);
            return;
        }

        throw new DeliveryAttemptFailedException(attempt, decision.Final, decision.RetryIn, failure);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Retry job of plugin {Plugin} for delivery {Delivery} did not run: {Start}")]
        public static partial void NotStarted(ILogger logger, string plugin, Guid delivery, JobStart start);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {Plugin} lost its lease on delivery {Delivery} while running it; its result is not recorded")]
        public static partial void LostLease(ILogger logger, string plugin, Guid delivery);
    }
}
