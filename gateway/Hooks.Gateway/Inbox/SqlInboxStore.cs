using System.Data.Common;
using System.Text.Json;
using Hooks.Contracts.Events;

namespace Hooks.Gateway.Inbox;

/// <summary>The inbox in plain SQL that SQLite and PostgreSQL both speak; dialects supply the rest.</summary>
public abstract class SqlInboxStore(DbDataSource dataSource, TimeProvider time) : IInboxStore
{
    protected const string DeliveryColumns =
        "id, source, forge, event, delivery_key, headers, body, received_at, trace_parent, dispatched_at";

    private const string OutcomeColumns = "delivery_id, plugin, status, attempts, last_error, job_id, updated_at";

    protected DbDataSource DataSource { get; } = dataSource;

    protected DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The schema, one script per version; a script is never changed once released.</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>Selects and leases undispatched rows: parameters @now, @until, @max.</summary>
    protected abstract string ClaimSql { get; }

    public abstract Task<bool[]> InsertAsync(IReadOnlyList<Delivery> batch, CancellationToken cancellationToken);

    /// <summary>Serialises schema changes between instances that start together.</summary>
    protected abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockForMigrationAsync(connection, transaction, cancellationToken);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS hooks_schema (version integer NOT NULL)", cancellationToken);
        var current = await ScalarAsync(connection, transaction, "SELECT MAX(version) FROM hooks_schema", cancellationToken);
        int version = current is null or DBNull ? 0 : Convert.ToInt32(current, System.Globalization.CultureInfo.InvariantCulture);
        for (int next = version; next < Migrations.Count; next++)
        {
            await ExecuteAsync(connection, transaction, Migrations[next], cancellationToken);
            await ExecuteAsync(connection, transaction, $"INSERT INTO hooks_schema (version) VALUES ({next + 1})", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
            await ScalarAsync(connection, null, "SELECT COUNT(*) FROM hooks_schema", cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<Delivery>> ClaimUndispatchedAsync(int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(ClaimSql);
        AddParameter(command, "now", Now);
        AddParameter(command, "until", Now + lease);
        AddParameter(command, "max", max);
        var claimed = await ReadDeliveriesAsync(command, cancellationToken);
        claimed.Sort((a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));
        return claimed;
    }

    public async Task MarkDispatchedAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var id in ids)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE hooks_deliveries SET dispatched_at = @now, claimed_until = NULL WHERE id = @id";
            AddParameter(command, "now", Now);
            AddParameter(command, "id", id);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Delivery?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand($"SELECT {DeliveryColumns} FROM hooks_deliveries WHERE id = @id");
        AddParameter(command, "id", id);
        var found = await ReadDeliveriesAsync(command, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<DeliverySummary>> ListAsync(DeliveryQuery query, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand();
        var where = new List<string>();
        if (query.Source is not null)
        {
            where.Add("d.source = @source");
            AddParameter(command, "source", query.Source);
        }

        if (query.EventName is not null)
        {
            where.Add("d.event = @event");
            AddParameter(command, "event", query.EventName);
        }

        if (query.Status is { } status)
        {
            where.Add("EXISTS (SELECT 1 FROM hooks_outcomes o WHERE o.delivery_id = d.id AND o.status = @status)");
            AddParameter(command, "status", StatusText(status));
        }

        command.CommandText =
            "SELECT d.id, d.source, d.forge, d.event, d.delivery_key, d.received_at, d.dispatched_at FROM hooks_deliveries d"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + " ORDER BY d.seq DESC LIMIT @limit OFFSET @offset";
        AddParameter(command, "limit", query.PageSize);
        AddParameter(command, "offset", (query.Page - 1) * query.PageSize);
        var list = new List<DeliverySummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new DeliverySummary(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return list;
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        var count = await ScalarAsync(connection, null, "SELECT COUNT(*) FROM hooks_deliveries", cancellationToken);
        return Convert.ToInt64(count, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<bool> AddPendingAsync(Guid deliveryId, string plugin, string jobId, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "INSERT INTO hooks_outcomes (delivery_id, plugin, status, attempts, job_id, updated_at) "
            + "VALUES (@delivery, @plugin, 'pending', 0, @job, @now) ON CONFLICT (delivery_id, plugin) DO NOTHING");
        AddOutcomeKey(command, deliveryId, plugin);
        AddParameter(command, "job", jobId);
        AddParameter(command, "now", Now);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task ResetAsync(Guid deliveryId, string plugin, string jobId, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "INSERT INTO hooks_outcomes (delivery_id, plugin, status, attempts, job_id, updated_at) "
            + "VALUES (@delivery, @plugin, 'pending', 0, @job, @now) ON CONFLICT (delivery_id, plugin) "
            + "DO UPDATE SET status = 'pending', job_id = @job, lease_until = NULL, updated_at = @now");
        AddOutcomeKey(command, deliveryId, plugin);
        AddParameter(command, "job", jobId);
        AddParameter(command, "now", Now);
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
        AddParameter(command, "until", Now + lease);
        AddParameter(command, "now", Now);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task FinishAsync(Guid deliveryId, string plugin, OutcomeStatus status, string? errorMessage, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "UPDATE hooks_outcomes SET status = @status, last_error = @error, lease_until = NULL, updated_at = @now "
            + "WHERE delivery_id = @delivery AND plugin = @plugin");
        AddOutcomeKey(command, deliveryId, plugin);
        AddParameter(command, "status", StatusText(status));
        AddParameter(command, "error", errorMessage);
        AddParameter(command, "now", Now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AttachJobAsync(Guid deliveryId, string plugin, string jobId, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "UPDATE hooks_outcomes SET job_id = @job WHERE delivery_id = @delivery AND plugin = @plugin");
        AddOutcomeKey(command, deliveryId, plugin);
        AddParameter(command, "job", jobId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReleaseClaimsAsync(CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "UPDATE hooks_deliveries SET claimed_until = NULL WHERE dispatched_at IS NULL AND claimed_until IS NOT NULL");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PluginOutcome>> OutcomesAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            $"SELECT {OutcomeColumns} FROM hooks_outcomes WHERE delivery_id = @delivery ORDER BY plugin");
        AddParameter(command, "delivery", deliveryId);
        return await ReadOutcomesAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<PluginOutcome>> UnfinishedOutcomesAsync(CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            $"SELECT {OutcomeColumns} FROM hooks_outcomes WHERE status IN ('pending', 'running', 'retrying')");
        return await ReadOutcomesAsync(command, cancellationToken);
    }

    protected static void AddParameter(DbCommand command, string name, object? value) =>
        command.Parameters.Add(Parameter(command.CreateParameter(), name, value));

    protected static void AddDeliveryParameters(DbCommand command, Delivery delivery) =>
        AddDeliveryParameters(command.Parameters, command.CreateParameter, delivery);

    protected static void AddDeliveryParameters(DbBatchCommand command, Delivery delivery) =>
        AddDeliveryParameters(command.Parameters, command.CreateParameter, delivery);

    private static void AddDeliveryParameters(DbParameterCollection parameters, Func<DbParameter> create, Delivery delivery)
    {
        parameters.Add(Parameter(create(), "id", delivery.Id));
        parameters.Add(Parameter(create(), "source", delivery.Source));
        parameters.Add(Parameter(create(), "forge", delivery.Forge.ToString()));
        parameters.Add(Parameter(create(), "event", delivery.EventName));
        parameters.Add(Parameter(create(), "key", delivery.DeliveryKey));
        parameters.Add(Parameter(create(), "headers", JsonSerializer.Serialize(delivery.Headers)));
        parameters.Add(Parameter(create(), "body", delivery.Body));
        parameters.Add(Parameter(create(), "received", delivery.ReceivedAt));
        parameters.Add(Parameter(create(), "trace", delivery.TraceParent));
    }

    private static DbParameter Parameter(DbParameter parameter, string name, object? value)
    {
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }

    protected const string InsertDeliverySql =
        "INSERT INTO hooks_deliveries (id, source, forge, event, delivery_key, headers, body, received_at, trace_parent) "
        + "VALUES (@id, @source, @forge, @event, @key, @headers, @body, @received, @trace) ON CONFLICT (id) DO NOTHING";

    protected static async Task<List<Delivery>> ReadDeliveriesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var list = new List<Delivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new Delivery(
                reader.GetGuid(0),
                reader.GetString(1),
                Enum.Parse<Forge>(reader.GetString(2)),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(5)) ?? [],
                reader.GetFieldValue<byte[]>(6),
                reader.GetFieldValue<DateTimeOffset>(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9)));
        }

        return list;
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
        AddParameter(command, "delivery", deliveryId);
        AddParameter(command, "plugin", plugin);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
