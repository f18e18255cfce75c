using System.Data.Common;

namespace Hooks.Gateway.Storage;

/// <summary>What every SQLite file of the gateway sets: WAL (readers go on while one writer commits) and a busy wait for migrations.</summary>
public static class SqlitePragmas
{
    public static async Task UseWriteAheadLogAsync(DbDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("PRAGMA journal_mode = WAL");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Instances that start together wait for each other's migration instead of failing on a locked file.</summary>
    public static async Task WaitWhenBusyAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA busy_timeout = 30000";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
