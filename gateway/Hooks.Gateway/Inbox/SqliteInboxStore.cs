using System.Data.Common;
using Hooks.Gateway.Storage;
using Microsoft.Data.Sqlite;

namespace Hooks.Gateway.Inbox;

/// <summary>The embedded default: one SQLite file in WAL mode.</summary>
public sealed class SqliteInboxStore(string connectionString, TimeProvider time)
    : SqlInboxStore(SqliteFactory.Instance.CreateDataSource(connectionString), time)
{
    protected override IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE hooks_deliveries (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id BLOB NOT NULL UNIQUE,
            source TEXT NOT NULL,
            forge TEXT NOT NULL,
            event TEXT NOT NULL,
            delivery_key TEXT NULL,
            headers TEXT NOT NULL,
            body BLOB NOT NULL,
            received_at TEXT NOT NULL,
            trace_parent TEXT NULL);
        CREATE TABLE hooks_dispatch (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            delivery_id BLOB NOT NULL UNIQUE,
            claimed_until TEXT NULL,
            dispatched_at TEXT NULL);
        CREATE INDEX hooks_dispatch_waiting ON hooks_dispatch (seq) WHERE dispatched_at IS NULL;
        CREATE TABLE hooks_outcomes (
            delivery_id BLOB NOT NULL,
            plugin TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NULL,
            job_id TEXT NULL,
            lease_until TEXT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (delivery_id, plugin));
        CREATE INDEX hooks_outcomes_status ON hooks_outcomes (status);
        """,
        """
        ALTER TABLE hooks_outcomes ADD COLUMN run_id BLOB NULL;
        ALTER TABLE hooks_dispatch ADD COLUMN kinds TEXT NULL;
        CREATE INDEX hooks_outcomes_unfinished ON hooks_outcomes (plugin, updated_at) WHERE status IN ('pending', 'running', 'retrying');
        CREATE INDEX hooks_deliveries_received ON hooks_deliveries (received_at);
        CREATE TABLE hooks_plugins (id text PRIMARY KEY, handles text NOT NULL, seen_at TEXT NOT NULL);
        """,
        // API tokens: the hash of the value, never the value.
        """
        CREATE TABLE hooks_tokens (
            id BLOB PRIMARY KEY,
            name text NOT NULL UNIQUE,
            scopes text NOT NULL,
            hash text NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            last_used_at TEXT NULL);
        """,
    ];

    protected override string ClaimRunsSql =>
        "UPDATE hooks_outcomes SET status = 'running', attempts = attempts + 1, run_id = @run, lease_until = @until, updated_at = @now "
        + $"WHERE rowid IN (SELECT rowid FROM hooks_outcomes WHERE {RunnableSql} ORDER BY updated_at LIMIT @max) "
        + "RETURNING delivery_id, attempts";

    protected override string ClaimSql =>
        "UPDATE hooks_dispatch SET claimed_until = @until WHERE seq IN ("
        + "SELECT seq FROM hooks_dispatch WHERE dispatched_at IS NULL AND (claimed_until IS NULL OR claimed_until < @now) "
        + "ORDER BY seq LIMIT @max) RETURNING delivery_id";

    private readonly WriteGate _writer = new();

    protected override async Task<IDisposable?> ExclusiveWriteAsync(CancellationToken cancellationToken) => await _writer.HoldAsync();

    public override async Task<bool[]> InsertAsync(IReadOnlyList<Delivery> batch, CancellationToken cancellationToken)
    {
        using var writer = await _writer.HoldAsync(urgent: true); // forges wait for this commit
        var stored = new bool[batch.Count];
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        for (int i = 0; i < batch.Count; i++)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = InsertDeliverySql;
            AddDeliveryParameters(insert, batch[i]);
            stored[i] = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
            if (stored[i])
            {
                await using var waiting = connection.CreateCommand();
                waiting.Transaction = transaction;
                waiting.CommandText = "INSERT INTO hooks_dispatch (delivery_id) VALUES (@id)";
                SqlParameters.Add(waiting, "id", batch[i].Id);
                await waiting.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    protected override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        SqlitePragmas.WaitWhenBusyAsync(connection, transaction, cancellationToken);

    /// <summary>WAL lets readers (dispatcher, admin API) go on while the inbox writer commits.</summary>
    public Task UseWriteAheadLogAsync(CancellationToken cancellationToken) => SqlitePragmas.UseWriteAheadLogAsync(DataSource, cancellationToken);
}
