using Npgsql;

namespace Hooks.Gateway.Storage;

/// <summary>
/// One process at a time changes a shared PostgreSQL's schemas (Hangfire's, each plugin's): workers started together
/// on a fresh database otherwise race to create the same objects, and PostgreSQL fails all but one of them.
/// </summary>
public sealed class PostgresSchemaLock : IAsyncDisposable
{
    private const long Key = 7364010;

    private PostgresSchemaLock(NpgsqlConnection connection) => Connection = connection;

    /// <summary>The connection that holds the lock, for work that must happen under it.</summary>
    public NpgsqlConnection Connection { get; }

    public static async Task<PostgresSchemaLock> AcquireAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new PostgresSchemaLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // A pooled connection keeps its session, and the lock with it, until it is used again: unlock explicitly.
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", Connection);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            await Connection.DisposeAsync();
        }
    }
}
