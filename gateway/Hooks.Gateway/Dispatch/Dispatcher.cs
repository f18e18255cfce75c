using Hooks.Contracts.Events;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Normalisation;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// Fans stored deliveries out to the plugins that handle their events, behind the answer: one pending pair per
/// interested plugin in the ledger, written with the delivery's dispatched mark in one transaction, then the plugins'
/// lanes are woken. Claims with a lease, so many dispatchers can share one store.
/// </summary>
public sealed partial class Dispatcher(
    IInboxStore store,
    DispatchSignal signal,
    InboxWriter receiving,
    FanOutTargets targets,
    LaneSignals lanes,
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

        var fannedOut = new List<DispatchedDelivery>(claimed.Count);
        foreach (var delivery in claimed)
        {
            fannedOut.Add(await FanOutAsync(delivery, cancellationToken));
        }

        await store.MarkDispatchedAsync(fannedOut, cancellationToken);
        foreach (string plugin in fannedOut.SelectMany(d => d.Plugins).Distinct())
        {
            lanes.Pulse(plugin);
        }

        return claimed.Count;
    }

    private async Task<DispatchedDelivery> FanOutAsync(Delivery delivery, CancellationToken cancellationToken)
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
            await store.RecordFailureAsync(delivery.Id, NormaliserOutcome, exception.Message, cancellationToken);
            return new DispatchedDelivery(delivery.Id, [], []);
        }

        return new DispatchedDelivery(delivery.Id, [.. events.Select(e => EventKinds.Of(e.GetType()))], await targets.ForAsync(events, cancellationToken));
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Dispatch round failed; trying again")]
        public static partial void RoundFailed(ILogger logger, Exception exception);

        [LoggerMessage(Level = LogLevel.Error, Message = "Delivery {Delivery} could not be normalised; it is kept and can be replayed")]
        public static partial void NormalisationFailed(ILogger logger, Guid delivery, Exception exception);
    }
}
