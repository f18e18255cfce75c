using System.Data.Common;
using System.Text.Json;
using Hooks.Contracts.Events;
using static Hooks.Gateway.Inbox.SqlParameters;

namespace Hooks.Gateway.Inbox;

/// <summary>
/// The inbox in plain SQL that SQLite and PostgreSQL both speak; dialects supply the rest. A delivery row is written
/// once; its dispatch state lives in the narrow <c>hooks_dispatch</c> row, so claims never rewrite the body.
/// </summary>
public abstract partial class SqlInboxStore(DbDataSource dataSource, TimeProvider time) : IInboxStore
{
    private const string DeliveryColumns =
        "d.id, d.source, d.forge, d.event, d.delivery_key, d.headers, d.body, d.received_at, d.trace_parent, p.dispatched_at";

    private const string DeliveriesWithDispatch = "hooks_deliveries d LEFT JOIN hooks_dispatch p ON p.delivery_id = d.id";

    protected const string InsertDeliverySql =
        "INSERT INTO hooks_deliveries (id, source, forge, event, delivery_key, headers, body, received_at, trace_parent) "
        + "VALUES (@id, @source, @forge, @event, @key, @headers, @body, @received, @trace) ON CONFLICT (id) DO NOTHING";

    protected DbDataSource DataSource { get; } = dataSource;

    /// <summary>
    /// Held around every write: nothing on a server database; on SQLite (one writer at a time) it queues this process's
    /// writers in memory, because a writer that finds the file locked sleeps 150 ms before it tries again.
    /// </summary>
    protected virtual Task<IDisposable?> ExclusiveWriteAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable?>(null);

    protected DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The schema, one script per version; a script is never changed once released.</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>Leases waiting dispatch rows and returns their delivery ids: parameters @now, @until, @max.</summary>
    protected abstract string ClaimSql { get; }

    public abstract Task<bool[]> InsertAsync(IReadOnlyList<Delivery> batch, CancellationToken cancellationToken);

    /// <summary>Serialises schema changes between instances that start together.</summary>
    protected abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        using var writer = await ExclusiveWriteAsync(cancellationToken);
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
        var ids = new List<Guid>();
        using (await ExclusiveWriteAsync(cancellationToken)) // the claim only: reading the bodies needs no writer's turn
        await using (var claim = DataSource.CreateCommand(ClaimSql))
        {
            Add(claim, "now", Now);
            Add(claim, "until", Now + lease);
            Add(claim, "max", max);
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        return await GetManyAsync(ids, cancellationToken);
    }

    public async Task MarkDispatchedAsync(IReadOnlyList<DispatchedDelivery> deliveries, CancellationToken cancellationToken)
    {
        using var writer = await ExclusiveWriteAsync(cancellationToken);
        if (deliveries.Count == 0)
        {
            return;
        }

        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var pairs = deliveries.SelectMany(d => d.Plugins.Select(plugin => (d.Id, plugin))).ToList();
        for (int offset = 0; offset < pairs.Count; offset += 500)
        {
            await using var pending = connection.CreateCommand();
            pending.Transaction = transaction;
            var rows = new List<string>();
            foreach (var (id, plugin) in pairs.Skip(offset).Take(500))
            {
                rows.Add($"(@d{rows.Count}, @p{rows.Count}, 'pending', 0, @now)");
                Add(pending, $"d{rows.Count - 1}", id);
                Add(pending, $"p{rows.Count - 1}", plugin);
            }

            Add(pending, "now", Now);
            pending.CommandText = "INSERT INTO hooks_outcomes (delivery_id, plugin, status, attempts, updated_at) VALUES "
                + string.Join(", ", rows) + " ON CONFLICT (delivery_id, plugin) DO NOTHING";
            await pending.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var group in deliveries.GroupBy(d => KindsText(d.Kinds)))
        {
            await using var dispatched = connection.CreateCommand();
            dispatched.Transaction = transaction;
            dispatched.CommandText = "UPDATE hooks_dispatch SET dispatched_at = @now, claimed_until = NULL, kinds = @kinds "
                + $"WHERE delivery_id IN ({AddList(dispatched, "id", group.Select(d => d.Id))})";
            Add(dispatched, "now", Now);
            Add(dispatched, "kinds", group.Key);
            await dispatched.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Delivery?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await GetManyAsync([id], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<Delivery>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var read = DataSource.CreateCommand();
        read.CommandText = $"SELECT {DeliveryColumns} FROM {DeliveriesWithDispatch} WHERE d.id IN ({AddList(read, "id", ids)}) ORDER BY d.seq";
        return await ReadDeliveriesAsync(read, cancellationToken);
    }

    public async Task<IReadOnlyList<DeliverySummary>> ListAsync(DeliveryQuery query, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand();
        var where = DeliveryFilter.Build(command, query, StatusText);
        command.CommandText =
            $"SELECT d.id, d.source, d.forge, d.event, d.delivery_key, d.received_at, p.dispatched_at, p.kinds FROM {DeliveriesWithDispatch}"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + " ORDER BY d.seq DESC LIMIT @limit OFFSET @offset";
        Add(command, "limit", query.PageSize);
        Add(command, "offset", (query.Page - 1) * query.PageSize);
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
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                reader.IsDBNull(7) ? [] : reader.GetString(7).Split(',', StringSplitOptions.RemoveEmptyEntries)));
        }

        return list;
    }

    public async Task<int> DeleteFinishedAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        using var writer = await ExclusiveWriteAsync(cancellationToken);
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ids = new List<Guid>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = $"SELECT d.id FROM {DeliveriesWithDispatch} WHERE d.received_at < @before AND p.dispatched_at IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM hooks_outcomes o WHERE o.delivery_id = d.id AND o.status NOT IN ('succeeded', 'failed')) "
                + "ORDER BY d.seq LIMIT @max";
            Add(select, "before", before);
            Add(select, "max", max);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        foreach (string table in (string[])["hooks_outcomes", "hooks_dispatch"])
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM {table} WHERE delivery_id IN ({(ids.Count == 0 ? "NULL" : AddList(delete, "id", ids))})";
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var deliveries = connection.CreateCommand())
        {
            deliveries.Transaction = transaction;
            deliveries.CommandText = $"DELETE FROM hooks_deliveries WHERE id IN ({(ids.Count == 0 ? "NULL" : AddList(deliveries, "id", ids))})";
            await deliveries.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return ids.Count;
    }

    /// <summary>The kinds as stored: <c>,push,tag_push,</c>, so a filter matches one kind with <c>LIKE '%,push,%'</c>.</summary>
    private static string KindsText(IReadOnlyList<string> kinds) => "," + string.Join(",", kinds.Distinct()) + ",";

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        var count = await ScalarAsync(connection, null, "SELECT COUNT(*) FROM hooks_deliveries", cancellationToken);
        return Convert.ToInt64(count, System.Globalization.CultureInfo.InvariantCulture);
    }

    protected static void AddDeliveryParameters(DbCommand command, Delivery delivery) =>
        AddDeliveryParameters(command.Parameters, command.CreateParameter, delivery);

    protected static void AddDeliveryParameters(DbBatchCommand command, Delivery delivery) =>
        AddDeliveryParameters(command.Parameters, command.CreateParameter, delivery);

    private static void AddDeliveryParameters(DbParameterCollection parameters, Func<DbParameter> create, Delivery delivery)
    {
        parameters.Add(Set(create(), "id", delivery.Id));
        parameters.Add(Set(create(), "source", delivery.Source));
        parameters.Add(Set(create(), "forge", delivery.Forge.ToString()));
        parameters.Add(Set(create(), "event", delivery.EventName));
        parameters.Add(Set(create(), "key", delivery.DeliveryKey));
        parameters.Add(Set(create(), "headers", JsonSerializer.Serialize(delivery.Headers)));
        parameters.Add(Set(create(), "body", delivery.Body));
        parameters.Add(Set(create(), "received", delivery.ReceivedAt));
        parameters.Add(Set(create(), "trace", delivery.TraceParent));
    }

    private static async Task<List<Delivery>> ReadDeliveriesAsync(DbCommand command, CancellationToken cancellationToken)
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
