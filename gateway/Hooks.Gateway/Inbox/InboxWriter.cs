using System.Threading.Channels;
using Hooks.Gateway.Dispatch;

namespace Hooks.Gateway.Inbox;

/// <summary>
/// Group commit: requests hand their delivery to one writer loop, which stores everything that arrived while the
/// previous commit was in flight in a single transaction, then answers each request.
/// </summary>
public sealed partial class InboxWriter(IInboxStore store, DispatchSignal signal, ILogger<InboxWriter> logger) : BackgroundService
{
    private const int MaxBatch = 512;

    private readonly Channel<PendingWrite> _queue = Channel.CreateBounded<PendingWrite>(
        new BoundedChannelOptions(16 * MaxBatch) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>
    /// Commits of this many deliveries or more mean requests queue behind each other: a burst. A steady 200 a second
    /// on SQLite (a commit of 10 to 20 ms) makes commits of two to four, which is no burst (measured: with 4, the
    /// dispatcher throttled itself at that rate and answer-to-handler p50 grew to 450 ms).
    /// </summary>
    private const int BurstBatch = 16;

    private long _lastBurstTicks = long.MinValue / 2;

    /// <summary>Requests queued for a commit in the last half second: the cores are needed for answering.</summary>
    public bool IsUnderLoad => Environment.TickCount64 - Interlocked.Read(ref _lastBurstTicks) < 500;

    public async Task<StoreResult> StoreAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite(delivery);
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        return await pending.Completion.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingWrite>(MaxBatch);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await CommitAsync(batch);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        var firstById = new Dictionary<Guid, PendingWrite>(batch.Count);
        foreach (var pending in batch)
        {
            firstById.TryAdd(pending.Delivery.Id, pending);
        }

        try
        {
            var unique = firstById.Values.ToArray();
            bool[] stored = await store.InsertAsync([.. unique.Select(p => p.Delivery)], CancellationToken.None);
            var newIds = new HashSet<Guid>(unique.Where((_, i) => stored[i]).Select(p => p.Delivery.Id));
            foreach (var pending in batch)
            {
                Guid id = pending.Delivery.Id;
                bool duplicate = !ReferenceEquals(firstById[id], pending) || !newIds.Contains(id);
                pending.Completion.TrySetResult(new StoreResult(id, duplicate));
            }

            if (batch.Count >= BurstBatch)
            {
                Interlocked.Exchange(ref _lastBurstTicks, Environment.TickCount64);
            }

            signal.Pulse();
        }
#pragma warning disable CA1031 // Any store failure becomes a 503 for the waiting requests; nothing is answered 202.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.StoreFailed(logger, batch.Count, exception);
            var unavailable = new StoreUnavailableException("the delivery store is unavailable", exception);
            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(unavailable);
            }
        }
    }

    private sealed class PendingWrite(Delivery delivery)
    {
        public Delivery Delivery { get; } = delivery;

        public TaskCompletionSource<StoreResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Storing {Count} deliveries failed; they were answered 503")]
        public static partial void StoreFailed(ILogger logger, int count, Exception exception);
    }
}
