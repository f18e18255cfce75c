namespace Hooks.Gateway.Inbox;

/// <summary>
/// Where deliveries and their per-plugin outcomes are kept (SQLite or PostgreSQL). The outcome rows are the dispatch
/// ledger: a pair (delivery, plugin) is pending, running under a lease held by one run, retrying by a Hangfire job,
/// succeeded or failed. Every change a run makes to its pair is fenced by its run id, so a run that lost its lease
/// (its worker stalled, another run took over) can never overwrite a newer result.
/// </summary>
public interface IInboxStore
{
    Task MigrateAsync(CancellationToken cancellationToken);

    Task<bool> IsReachableAsync(CancellationToken cancellationToken);

    /// <summary>Stores a batch in one transaction; per item, true when it is new (false: stored before).</summary>
    Task<bool[]> InsertAsync(IReadOnlyList<Delivery> batch, CancellationToken cancellationToken);

    /// <summary>Takes up to <paramref name="max"/> undispatched deliveries for <paramref name="lease"/>, safe with many dispatchers.</summary>
    Task<IReadOnlyList<Delivery>> ClaimUndispatchedAsync(int max, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Records the fan-out of claimed deliveries in one transaction: a pending pair per interested plugin (pairs that
    /// exist already are left alone), the event kinds each delivery normalised to, and the deliveries as dispatched.
    /// </summary>
    Task MarkDispatchedAsync(IReadOnlyList<DispatchedDelivery> deliveries, CancellationToken cancellationToken);

    Task<Delivery?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Delivery>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliverySummary>> ListAsync(DeliveryQuery query, CancellationToken cancellationToken);

    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Takes up to <paramref name="max"/> runnable pairs of <paramref name="plugin"/> for the run <paramref name="runId"/>:
    /// pending ones, and running or retrying ones whose lease ran out (their run died, or their retry job was lost).
    /// Counts the attempt. Safe with many runs in many processes.
    /// </summary>
    Task<IReadOnlyList<ClaimedRun>> ClaimRunsAsync(string plugin, int max, Guid runId, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>A retry job takes its pair: only while the pair waits for that job, or after the lease of a dead run.</summary>
    Task<(JobStart Start, int Attempt)> TryStartJobAsync(Guid deliveryId, string plugin, string jobId, Guid runId, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Extends the lease of every pair the run still holds; returns how many it holds.</summary>
    Task<int> RenewLeaseAsync(string plugin, Guid runId, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records how the run ended for its pairs; only pairs the run still holds change. Returns how many did.</summary>
    Task<int> FinishRunAsync(string plugin, Guid runId, IReadOnlyCollection<Guid> deliveryIds, RunFinish finish, CancellationToken cancellationToken);

    /// <summary>Gives back pairs the run claimed but never started (it is stopping): pending again, the attempt uncounted.</summary>
    Task ReleaseRunAsync(string plugin, Guid runId, IReadOnlyCollection<Guid> deliveryIds, CancellationToken cancellationToken);

    /// <summary>Records a pair that cannot run at all (its delivery could not be normalised) as failed.</summary>
    Task RecordFailureAsync(Guid deliveryId, string plugin, string reason, CancellationToken cancellationToken);

    /// <summary>Sets the pair back to pending with no attempts, creating it where missing; refused while a run holds it.</summary>
    Task<ReplayStart> ResetForReplayAsync(Guid deliveryId, string plugin, CancellationToken cancellationToken);

    Task<IReadOnlyList<PluginOutcome>> OutcomesAsync(Guid deliveryId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PluginOutcome>> OutcomesAsync(IReadOnlyCollection<Guid> deliveryIds, CancellationToken cancellationToken);

    /// <summary>
    /// For a single embedded instance on start, whose claims, runs and in-memory retry jobs died with the last
    /// process: claims are released and unfinished pairs are pending again. Returns how many pairs.
    /// </summary>
    Task<int> RecoverAfterRestartAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Deletes up to <paramref name="max"/> deliveries received before <paramref name="before"/> that are dispatched
    /// and whose outcomes are all final, with their dispatch and outcome rows. Returns how many.
    /// </summary>
    Task<int> DeleteFinishedAsync(DateTimeOffset before, int max, CancellationToken cancellationToken);

    /// <summary>Records that this process has these plugins loaded (upserted, with the time).</summary>
    Task RegisterPluginsAsync(IReadOnlyList<RegisteredPlugin> plugins, CancellationToken cancellationToken);

    /// <summary>Plugins some process registered since <paramref name="seenSince"/>.</summary>
    Task<IReadOnlyList<RegisteredPlugin>> RegisteredPluginsAsync(DateTimeOffset seenSince, CancellationToken cancellationToken);
}
