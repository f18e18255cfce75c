namespace Hooks.Gateway.Inbox;

/// <summary>Where deliveries and their per-plugin outcomes are kept (SQLite or PostgreSQL).</summary>
public interface IInboxStore
{
    Task MigrateAsync(CancellationToken cancellationToken);

    Task<bool> IsReachableAsync(CancellationToken cancellationToken);

    /// <summary>Stores a batch in one transaction; per item, true when it is new (false: stored before).</summary>
    Task<bool[]> InsertAsync(IReadOnlyList<Delivery> batch, CancellationToken cancellationToken);

    /// <summary>Takes up to <paramref name="max"/> undispatched deliveries for <paramref name="lease"/>, safe with many dispatchers.</summary>
    Task<IReadOnlyList<Delivery>> ClaimUndispatchedAsync(int max, TimeSpan lease, CancellationToken cancellationToken);

    Task MarkDispatchedAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<Delivery?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliverySummary>> ListAsync(DeliveryQuery query, CancellationToken cancellationToken);

    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>Records that a job was enqueued for the pair; false when the pair had an outcome already.</summary>
    Task<bool> AddPendingAsync(Guid deliveryId, string plugin, string jobId, CancellationToken cancellationToken);

    /// <summary>Records many enqueued jobs at once; pairs that had an outcome already are left as they are.</summary>
    Task<int> AddPendingAsync(IReadOnlyList<PendingJob> jobs, CancellationToken cancellationToken);

    /// <summary>Sets the pair (back) to pending for a replay, creating it where missing.</summary>
    Task ResetAsync(Guid deliveryId, string plugin, string jobId, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the pair running for <paramref name="lease"/> and counts the attempt; false when it already succeeded
    /// or another run holds a live lease, so the work is not done twice.
    /// </summary>
    Task<bool> TryStartAsync(Guid deliveryId, string plugin, TimeSpan lease, CancellationToken cancellationToken);

    Task FinishAsync(Guid deliveryId, string plugin, OutcomeStatus status, string? errorMessage, CancellationToken cancellationToken);

    Task<IReadOnlyList<PluginOutcome>> OutcomesAsync(Guid deliveryId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PluginOutcome>> OutcomesAsync(IReadOnlyCollection<Guid> deliveryIds, CancellationToken cancellationToken);

    /// <summary>Records the job that now works the pair (after a reset or a recovery).</summary>
    Task AttachJobAsync(Guid deliveryId, string plugin, string jobId, CancellationToken cancellationToken);

    /// <summary>Drops every claim: for a single embedded instance on start, whose claims died with the last process.</summary>
    Task ReleaseClaimsAsync(CancellationToken cancellationToken);

    /// <summary>Outcomes not finished: for the embedded mode, whose jobs do not outlive the process.</summary>
    Task<IReadOnlyList<PluginOutcome>> UnfinishedOutcomesAsync(CancellationToken cancellationToken);
}
