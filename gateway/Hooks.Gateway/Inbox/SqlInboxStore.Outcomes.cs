using System.Data.Common;
using static Hooks.Gateway.Inbox.SqlParameters;

namespace Hooks.Gateway.Inbox;

/// <summary>The dispatch ledger: per delivery and plugin, pending, running (a run id and a lease), retrying, succeeded or failed.</summary>
public abstract partial class SqlInboxStore
{
    private const string OutcomeColumns = "delivery_id, plugin, status, attempts, last_error, job_id, updated_at, lease_until";

    /// <summary>Pairs a run may take: pending, or held under a lease that ran out. Parameters @plugin, @now.</summary>
    protected const string RunnableSql =
        "plugin = @plugin AND (status = 'pending' OR (status IN ('running', 'retrying') AND lease_until < @now))";

    /// <summary>
    /// Marks up to @max runnable pairs of @plugin running for the run @run until @until, counting the attempt; returns
    /// <c>delivery_id, attempts</c> of each. Parameters @plugin, @now, @until, @run, @max.
    /// </summary>
    protected abstract string ClaimRunsSql { get; }

    public async Task<IReadOnlyList<ClaimedRun>> ClaimRunsAsync(string plugin, int max, Guid runId, TimeSpan lease, CancellationToken cancellationToken)
    {
        var attempts = new Dictionary<Guid, int>();
        using (await ExclusiveWriteAsync(cancellationToken)) // the claim only: reading the deliveries needs no writer's turn
        await using (var claim = DataSource.CreateCommand(ClaimRunsSql))
        {
            Add(claim, "plugin", plugin);
            Add(claim, "now", Now);
            Add(claim, "until", Now + lease);
            Add(claim, "run", runId);
            Add(claim, "max", max);
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                attempts[reader.GetGuid(0)] = reader.GetInt32(1);
            }
        }

        if (attempts.Count == 0)
        {
            return [];
        }

        var deliveries = await GetManyAsync(attempts.Keys, cancellationToken);
        return [.. deliveries.Select(d => new ClaimedRun(d, attempts[d.Id]))];
    }

    public async Task<(JobStart Start, int Attempt)> TryStartJobAsync(
        Guid deliveryId, string plugin, string jobId, Guid runId, TimeSpan lease, CancellationToken cancellationToken)
    {
        using (await ExclusiveWriteAsync(cancellationToken))
        await using (var take = DataSource.CreateCommand(
            "UPDATE hooks_outcomes SET status = 'running', attempts = attempts + 1, run_id = @run, lease_until = @until, job_id = @job, updated_at = @now "
            + "WHERE delivery_id = @delivery AND plugin = @plugin AND ("
            + "(status IN ('retrying', 'failed') AND job_id = @job) OR (status IN ('running', 'retrying') AND lease_until < @now)) "
            + "RETURNING attempts"))
        {
            AddOutcomeKey(take, deliveryId, plugin);
            Add(take, "run", runId);
            Add(take, "job", jobId);
            Add(take, "until", Now + lease);
            Add(take, "now", Now);
            if (await take.ExecuteScalarAsync(cancellationToken) is { } attempts and not DBNull)
            {
                return (JobStart.Started, Convert.ToInt32(attempts, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var outcome = (await OutcomesAsync(deliveryId, cancellationToken)).FirstOrDefault(o => o.Plugin == plugin);
        return outcome is { Status: OutcomeStatus.Running } ? (JobStart.HeldElsewhere, outcome.Attempts) : (JobStart.Superseded, 0);
    }

    public async Task<int> RenewLeaseAsync(string plugin, Guid runId, TimeSpan lease, CancellationToken cancellationToken)
    {
        using var writer = await ExclusiveWriteAsync(cancellationToken);
        await using var command = DataSource.CreateCommand(
            "UPDATE hooks_outcomes SET lease_until = @until WHERE plugin = @plugin AND run_id = @run AND status = 'running'");
        Add(command, "plugin", plugin);
        Add(command, "run", runId);
        Add(command, "until", Now + lease);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> FinishRunAsync(string plugin, Guid runId, IReadOnlyCollection<Guid> deliveryIds, RunFinish finish, CancellationToken cancellationToken)
    {
        if (deliveryIds.Count == 0)
        {
            return 0;
        }

        using var writer = await ExclusiveWriteAsync(cancellationToken);
        await using var command = DataSource.CreateCommand();
        command.CommandText =
            "UPDATE hooks_outcomes SET status = @status, last_error = @error, lease_until = @abandoned, job_id = COALESCE(@job, job_id), "
            + "run_id = NULL, updated_at = @now "
            + $"WHERE plugin = @plugin AND run_id = @run AND status = 'running' AND delivery_id IN ({AddList(command, "d", deliveryIds)})";
        Add(command, "plugin", plugin);
        Add(command, "run", runId);
        Add(command, "status", StatusText(finish.Status));
        Add(command, "error", finish.Error);
        Add(command, "job", finish.JobId);
        Add(command, "abandoned", finish.AbandonedAfter);
        Add(command, "now", Now);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReleaseRunAsync(string plugin, Guid runId, IReadOnlyCollection<Guid> deliveryIds, CancellationToken cancellationToken)
    {
        if (deliveryIds.Count == 0)
        {
            return;
        }

        using var writer = await ExclusiveWriteAsync(cancellationToken);
        await using var command = DataSource.CreateCommand();
        command.CommandText = "UPDATE hooks_outcomes SET status = 'pending', attempts = attempts - 1, run_id = NULL, lease_until = NULL "
            + $"WHERE plugin = @plugin AND run_id = @run AND status = 'running' AND delivery_id IN ({AddList(command, "d", deliveryIds)})";
        Add(command, "plugin", plugin);
        Add(command, "run", runId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordFailureAsync(Guid deliveryId, string plugin, string reason, CancellationToken cancellationToken)
    {
        using var writer = await ExclusiveWriteAsync(cancellationToken);
        await using var command = DataSource.CreateCommand(
            "INSERT INTO hooks_outcomes (delivery_id, plugin, status, attempts, last_error, updated_at) "
            + "VALUES (@delivery, @plugin, 'failed', 1, @error, @now) ON CONFLICT (delivery_id, plugin) "
            + "DO UPDATE SET status = 'failed', last_error = @error, updated_at = @now");
        AddOutcomeKey(command, deliveryId, plugin);
        Add(command, "error", reason);
        Add(command, "now", Now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ReplayStart> ResetForReplayAsync(Guid deliveryId, string plugin, CancellationToken cancellationToken)
    {
        using (await ExclusiveWriteAsync(cancellationToken))
        await using (var reset = DataSource.CreateCommand(
            "INSERT INTO hooks_outcomes (delivery_id, plugin, status, attempts, updated_at) "
            + "VALUES (@delivery, @plugin, 'pending', 0, @now) ON CONFLICT (delivery_id, plugin) "
            + "DO UPDATE SET status = 'pending', attempts = 0, run_id = NULL, job_id = NULL, lease_until = NULL, last_error = NULL, updated_at = @now "
            + "WHERE NOT (hooks_outcomes.status = 'running' AND hooks_outcomes.lease_until >= @now)"))
        {
            AddOutcomeKey(reset, deliveryId, plugin);
            Add(reset, "now", Now);
            if (await reset.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                return new ReplayStart(true);
            }
        }

        var running = (await OutcomesAsync(deliveryId, cancellationToken)).FirstOrDefault(o => o.Plugin == plugin);
        return new ReplayStart(false, running?.LeaseUntil);
    }

    public Task<IReadOnlyList<PluginOutcome>> OutcomesAsync(Guid deliveryId, CancellationToken cancellationToken) =>
        OutcomesAsync([deliveryId], cancellationToken);

    public async Task<IReadOnlyList<PluginOutcome>> OutcomesAsync(IReadOnlyCollection<Guid> deliveryIds, CancellationToken cancellationToken)
    {
        if (deliveryIds.Count == 0)
        {
            return [];
        }

        await using var command = DataSource.CreateCommand();
        command.CommandText = $"SELECT {OutcomeColumns} FROM hooks_outcomes WHERE delivery_id IN ({AddList(command, "d", deliveryIds)}) ORDER BY delivery_id, plugin";
        return await ReadOutcomesAsync(command, cancellationToken);
    }

    public async Task<int> RecoverAfterRestartAsync(CancellationToken cancellationToken)
    {
        using var writer = await ExclusiveWriteAsync(cancellationToken);
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var claims = connection.CreateCommand();
        claims.Transaction = transaction;
        claims.CommandText = "UPDATE hooks_dispatch SET claimed_until = NULL WHERE dispatched_at IS NULL AND claimed_until IS NOT NULL";
        await claims.ExecuteNonQueryAsync(cancellationToken);
        await using var runs = connection.CreateCommand();
        runs.Transaction = transaction;
        runs.CommandText = "UPDATE hooks_outcomes SET status = 'pending', run_id = NULL, lease_until = NULL WHERE status IN ('running', 'retrying')";
        int recovered = await runs.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return recovered;
    }

    private static async Task<IReadOnlyList<PluginOutcome>> ReadOutcomesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var list = new List<PluginOutcome>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new PluginOutcome(
                reader.GetGuid(0),
                reader.GetString(1),
                Enum.Parse<OutcomeStatus>(reader.GetString(2), ignoreCase: true),
                reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetFieldValue<DateTimeOffset>(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return list;
    }

    private static string StatusText(OutcomeStatus status) => status.ToString().ToLowerInvariant();

    private static void AddOutcomeKey(DbCommand command, Guid deliveryId, string plugin)
    {
        Add(command, "delivery", deliveryId);
        Add(command, "plugin", plugin);
    }
}
