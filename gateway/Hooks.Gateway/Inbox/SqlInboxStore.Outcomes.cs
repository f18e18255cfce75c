using System.Data.Common;
using static Hooks.Gateway.Inbox.SqlParameters;

namespace Hooks.Gateway.Inbox;

/// <summary>Per delivery and plugin: pending, running (with a lease), retrying, succeeded or failed.</summary>
public abstract partial class SqlInboxStore
{
    private const string OutcomeColumns = "delivery_id, plugin, status, attempts, last_error, job_id, updated_at";

    public async Task<bool> AddPendingAsync(Guid deliveryId, string plugin, string jobId, CancellationToken cancellationToken) =>
        await AddPendingAsync([new PendingJob(deliveryId, plugin, jobId)], cancellationToken) == 1;

    public async Task<int> AddPendingAsync(IReadOnlyList<PendingJob> jobs, CancellationToken cancellationToken)
    {
        if (jobs.Count == 0)
        {
            return 0;
        }

        await using var command = DataSource.CreateCommand();
        var rows = new List<string>(jobs.Count);
        for (int i = 0; i < jobs.Count; i++)
        {
            rows.Add($"(@d{i}, @p{i}, 'pending', 0, @j{i}, @now)");
            Add(command, $"d{i}", jobs[i].DeliveryId);
            Add(command, $"p{i}", jobs[i].Plugin);
            Add(command, $"j{i}", jobs[i].JobId);
        }

        Add(command, "now", Now);
        command.CommandText = "INSERT INTO hooks_outcomes (delivery_id, plugin, status, attempts, job_id, updated_at) VALUES "
            + string.Join(", ", rows) + " ON CONFLICT (delivery_id, plugin) DO NOTHING";
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ResetAsync(Guid deliveryId, string plugin, string jobId, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "INSERT INTO hooks_outcomes (delivery_id, plugin, status, attempts, job_id, updated_at) "
            + "VALUES (@delivery, @plugin, 'pending', 0, @job, @now) ON CONFLICT (delivery_id, plugin) "
            + "DO UPDATE SET status = 'pending', job_id = @job, lease_until = NULL, updated_at = @now");
        AddOutcomeKey(command, deliveryId, plugin);
        Add(command, "job", jobId);
        Add(command, "now", Now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> TryStartAsync(Guid deliveryId, string plugin, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "INSERT INTO hooks_outcomes (delivery_id, plugin, status, attempts, lease_until, updated_at) "
            + "VALUES (@delivery, @plugin, 'running', 1, @until, @now) ON CONFLICT (delivery_id, plugin) "
            + "DO UPDATE SET status = 'running', attempts = hooks_outcomes.attempts + 1, lease_until = @until, updated_at = @now "
            + "WHERE hooks_outcomes.status <> 'succeeded' AND (hooks_outcomes.status <> 'running' OR hooks_outcomes.lease_until < @now)");
        AddOutcomeKey(command, deliveryId, plugin);
        Add(command, "until", Now + lease);
        Add(command, "now", Now);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task FinishAsync(Guid deliveryId, string plugin, OutcomeStatus status, string? errorMessage, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "UPDATE hooks_outcomes SET status = @status, last_error = @error, lease_until = NULL, updated_at = @now "
            + "WHERE delivery_id = @delivery AND plugin = @plugin");
        AddOutcomeKey(command, deliveryId, plugin);
        Add(command, "status", StatusText(status));
        Add(command, "error", errorMessage);
        Add(command, "now", Now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AttachJobAsync(Guid deliveryId, string plugin, string jobId, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "UPDATE hooks_outcomes SET job_id = @job WHERE delivery_id = @delivery AND plugin = @plugin");
        AddOutcomeKey(command, deliveryId, plugin);
        Add(command, "job", jobId);
        await command.ExecuteNonQueryAsync(cancellationToken);
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

    public async Task<IReadOnlyList<PluginOutcome>> UnfinishedOutcomesAsync(CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            $"SELECT {OutcomeColumns} FROM hooks_outcomes WHERE status IN ('pending', 'running', 'retrying')");
        return await ReadOutcomesAsync(command, cancellationToken);
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
                reader.GetFieldValue<DateTimeOffset>(6)));
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
