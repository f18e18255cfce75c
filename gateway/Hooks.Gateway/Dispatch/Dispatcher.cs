using Hangfire;
using Hangfire.States;
using Hooks.Contracts.Events;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Normalisation;
using Hooks.Gateway.Plugins;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// Moves stored deliveries into one Hangfire job per interested plugin, behind the answer. Claims with a lease, so
/// many dispatchers can share one store; a delivery counts as dispatched only once every job is enqueued and recorded.
/// </summary>
public sealed partial class Dispatcher(
    IInboxStore store,
    DispatchSignal signal,
    InboxWriter receiving,
    PluginCatalog plugins,
    IBackgroundJobClient jobs,
    IOptions<DispatchOptions> options,
    ILogger<Dispatcher> logger) : BackgroundService
{
    /// <summary>The pseudo-plugin under which a delivery that could not be normalised is recorded.</summary>
    public const string NormaliserOutcome = "(normaliser)";

    private static readonly TimeSpan BurstRound = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (receiving.IsUnderLoad)
                {
                    int share = options.Value.RateUnderLoad / 2;
                    if (share > 0)
                    {
                        await DispatchBatchAsync(share, stoppingToken);
                    }

                    await Task.Delay(BurstRound, stoppingToken);
                }
                else if (await DispatchBatchAsync(options.Value.BatchSize, stoppingToken) == 0)
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The dispatcher outlives a store outage: it logs, waits and tries again.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.RoundFailed(logger, exception);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    public async Task<int> DispatchBatchAsync(int max, CancellationToken cancellationToken)
    {
        var claimed = await store.ClaimUndispatchedAsync(max, options.Value.ClaimLease, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        Guid[] ids = [.. claimed.Select(d => d.Id)];
        var known = (await store.OutcomesAsync(ids, cancellationToken)).Select(o => (o.DeliveryId, o.Plugin)).ToHashSet();
        var enqueued = new List<PendingJob>();
        foreach (var delivery in claimed)
        {
            enqueued.AddRange(await EnqueueJobsAsync(delivery, known, cancellationToken));
        }

        await store.AddPendingAsync(enqueued, cancellationToken);
        await store.MarkDispatchedAsync(ids, cancellationToken);
        return claimed.Count;
    }

    public string Enqueue(Guid deliveryId, string pluginId) => jobs.Create<PluginDeliveryJob>(
        DispatchQueues.Deliveries,
        job => job.RunAsync(deliveryId, pluginId, null, CancellationToken.None),
        new EnqueuedState(DispatchQueues.Deliveries));

    private async Task<List<PendingJob>> EnqueueJobsAsync(Delivery delivery, HashSet<(Guid, string)> known, CancellationToken cancellationToken)
    {
        using var activity = GatewayTracing.StartFrom("dispatch delivery", delivery.TraceParent);
        activity?.SetTag("hooks.delivery", delivery.Id);
        IReadOnlyList<HookEvent> events;
        try
        {
            events = Normaliser.Normalise(delivery);
        }
#pragma warning disable CA1031 // A delivery the normaliser cannot read is recorded as failed, kept, and can be replayed after a fix.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.NormalisationFailed(logger, delivery.Id, exception);
            await store.AddPendingAsync(delivery.Id, NormaliserOutcome, "", cancellationToken);
            await store.FinishAsync(delivery.Id, NormaliserOutcome, OutcomeStatus.Failed, exception.Message, cancellationToken);
            return [];
        }

        return [.. plugins.Active
            .Where(p => !known.Contains((delivery.Id, p.Id)) && events.Any(e => p.Handles(e.GetType())))
            .Select(p => new PendingJob(delivery.Id, p.Id, Enqueue(delivery.Id, p.Id)))];
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Dispatch round failed; trying again")]
        public static partial void RoundFailed(ILogger logger, Exception exception);

        [LoggerMessage(Level = LogLevel.Error, Message = "Delivery {Delivery} could not be normalised; it is kept and can be replayed")]
        public static partial void NormalisationFailed(ILogger logger, Guid delivery, Exception exception);
    }
}
