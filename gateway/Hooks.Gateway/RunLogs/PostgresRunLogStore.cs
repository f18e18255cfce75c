using System.Data.Common;
using Npgsql;

namespace Hooks.Gateway.RunLogs;

/// <summary>Run logs on PostgreSQL, in the gateway's database beside the inbox: every instance reads what any wrote.</summary>
public sealed class PostgresRunLogStore(NpgsqlDataSource dataSource) : RunLogStore(dataSource)
{
    /// <summary>Not the inbox's migration lock: the two schemas migrate independently.</summary>
    private const long MigrationLock = 7364002;

    protected override IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE hooks_run_logs (
            plugin text NOT NULL,
            run_id text NOT NULL,
            lines bigint NOT NULL,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            completed_at timestamptz NULL,
            PRIMARY KEY (plugin, run_id));
        CREATE INDEX hooks_run_logs_updated ON hooks_run_logs (updated_at);
        CREATE TABLE hooks_run_log_lines (
            plugin text NOT NULL,
            run_id text NOT NULL,
            line bigint NOT NULL,
            at timestamptz NOT NULL,
            stream smallint NOT NULL,
            text text NOT NULL,
            PRIMARY KEY (plugin, run_id, line));
        """,
    ];

    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({MigrationLock})";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
