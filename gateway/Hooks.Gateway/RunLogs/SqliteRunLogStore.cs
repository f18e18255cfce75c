using System.Data.Common;
using Hooks.Gateway.Storage;
using Microsoft.Data.Sqlite;

namespace Hooks.Gateway.RunLogs;

/// <summary>
/// Run logs on the embedded default: a SQLite file of their own (<c>run-logs.db</c> in the data directory, WAL), so
/// a chatty build never queues behind the inbox's writer nor the inbox behind it.
/// </summary>
public sealed class SqliteRunLogStore(string connectionString) : RunLogStore(SqliteFactory.Instance.CreateDataSource(connectionString))
{
    private readonly WriteGate _writer = new();

    protected override IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE hooks_run_logs (
            plugin TEXT NOT NULL,
            run_id TEXT NOT NULL,
            lines INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            completed_at TEXT NULL,
            PRIMARY KEY (plugin, run_id));
        CREATE INDEX hooks_run_logs_updated ON hooks_run_logs (updated_at);
        CREATE TABLE hooks_run_log_lines (
            plugin TEXT NOT NULL,
            run_id TEXT NOT NULL,
            line INTEGER NOT NULL,
            at TEXT NOT NULL,
            stream INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (plugin, run_id, line)) WITHOUT ROWID;
        """,
    ];

    protected override async Task<IDisposable?> ExclusiveWriteAsync(CancellationToken cancellationToken) => await _writer.HoldAsync();

    protected override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        SqlitePragmas.WaitWhenBusyAsync(connection, transaction, cancellationToken);

    /// <summary>WAL lets followers read while a run appends.</summary>
    public Task UseWriteAheadLogAsync(CancellationToken cancellationToken) => SqlitePragmas.UseWriteAheadLogAsync(DataSource, cancellationToken);
}
