using System.Data.Common;
using Npgsql;

namespace Hooks.Gateway.Inbox;

/// <summary>The inbox on PostgreSQL: shared by every receiver and worker instance.</summary>
public sealed class PostgresInboxStore(NpgsqlDataSource dataSource, TimeProvider time) : SqlInboxStore(dataSource, time)
{
    public const string NotifyChannel = "hooks_inbox";

    /// <summary>
    /// PostgreSQL wakes every listening backend (Hangfire's workers too) on each NOTIFY; one per group commit cost
    /// half the cores in a burst. Dispatchers need a wake-up, not one per commit.
    /// </summary>
    private const long NotifyEveryMilliseconds = 100;

    private long _lastNotify = long.MinValue / 2;

    private const string InsertWithDispatchSql =
        $"WITH stored AS ({InsertDeliverySql} RETURNING id) INSERT INTO hooks_dispatch (delivery_id) SELECT id FROM stored";

    protected override IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE hooks_deliveries (
            seq bigint GENERATED ALWAYS AS IDENTITY,
            id uuid PRIMARY KEY,
            source text NOT NULL,
            forge text NOT NULL,
            event text NOT NULL,
            delivery_key text NULL,
            headers text NOT NULL,
            body bytea NOT NULL,
            received_at timestamptz NOT NULL,
            trace_parent text NULL);
        CREATE INDEX hooks_deliveries_seq ON hooks_deliveries (seq);
        CREATE TABLE hooks_dispatch (
            seq bigint GENERATED ALWAYS AS IDENTITY,
            delivery_id uuid PRIMARY KEY,
            claimed_until timestamptz NULL,
            dispatched_at timestamptz NULL);
        CREATE INDEX hooks_dispatch_waiting ON hooks_dispatch (seq) WHERE dispatched_at IS NULL;
        CREATE TABLE hooks_outcomes (
            delivery_id uuid NOT NULL,
            plugin text NOT NULL,
            status text NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            last_error text NULL,
            job_id text NULL,
            lease_until timestamptz NULL,
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (delivery_id, plugin));
        CREATE INDEX hooks_outcomes_unfinished ON hooks_outcomes (status) WHERE status IN ('pending', 'running', 'retrying');
        """,
        // pglz compression of ~3 KB bodies cost more CPU than the rest of the insert; lz4 is several times cheaper.
        """
        DO $$ BEGIN
          ALTER TABLE hooks_deliveries ALTER COLUMN body SET COMPRESSION lz4, ALTER COLUMN headers SET COMPRESSION lz4;
        EXCEPTION WHEN feature_not_supported THEN NULL;
        END $$;
        """,
        // The dispatch ledger: runs are fenced by their id; lanes look for runnable pairs per plugin; kinds filter the list.
        """
        ALTER TABLE hooks_outcomes ADD COLUMN run_id uuid NULL;
        ALTER TABLE hooks_dispatch ADD COLUMN kinds text NULL;
        DROP INDEX hooks_outcomes_unfinished;
        CREATE INDEX hooks_outcomes_unfinished ON hooks_outcomes (plugin, updated_at) WHERE status IN ('pending', 'running', 'retrying');
        CREATE INDEX hooks_deliveries_received ON hooks_deliveries (received_at);
        CREATE TABLE hooks_plugins (id text PRIMARY KEY, handles text NOT NULL, seen_at timestamptz NOT NULL);
        """,
        // API tokens: the hash of the value, never the value.
        """
        CREATE TABLE hooks_tokens (
            id uuid PRIMARY KEY,
            name text NOT NULL UNIQUE,
            scopes text NOT NULL,
            hash text NOT NULL UNIQUE,
            created_at timestamptz NOT NULL,
            last_used_at timestamptz NULL);
        """,
    ];

    protected override string ClaimRunsSql =>
        "UPDATE hooks_outcomes o SET status = 'running', attempts = o.attempts + 1, run_id = @run, lease_until = @until, updated_at = @now "
        + "WHERE o.plugin = @plugin AND o.delivery_id IN ("
        + $"SELECT delivery_id FROM hooks_outcomes WHERE {RunnableSql} ORDER BY updated_at LIMIT @max FOR UPDATE SKIP LOCKED) "
        + "RETURNING o.delivery_id, o.attempts";

    protected override string ClaimSql =>
        "UPDATE hooks_dispatch SET claimed_until = @until WHERE delivery_id IN ("
        + "SELECT delivery_id FROM hooks_dispatch WHERE dispatched_at IS NULL AND (claimed_until IS NULL OR claimed_until < @now) "
        + "ORDER BY seq LIMIT @max FOR UPDATE SKIP LOCKED) RETURNING delivery_id";

    /// <summary>One round trip, one transaction for the whole batch (a group commit), and a wake-up for dispatchers.</summary>
    public override async Task<bool[]> InsertAsync(IReadOnlyList<Delivery> batch, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlBatch(connection);
        foreach (var delivery in batch)
        {
            var insert = new NpgsqlBatchCommand(InsertWithDispatchSql);
            command.BatchCommands.Add(insert);
            AddDeliveryParameters(insert, delivery);
        }

        long now = Environment.TickCount64;
        long last = Interlocked.Read(ref _lastNotify);
        if (now - last >= NotifyEveryMilliseconds && Interlocked.CompareExchange(ref _lastNotify, now, last) == last)
        {
            command.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT pg_notify('{NotifyChannel}', '')"));
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        var stored = new bool[batch.Count];
        for (int i = 0; i < batch.Count; i++)
        {
            stored[i] = command.BatchCommands[i].RecordsAffected == 1;
        }

        return stored;
    }

    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(7364001)";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
