using Hangfire.PostgreSql;

namespace Hooks.Gateway.Storage;

/// <summary>
/// Hangfire.PostgreSql's schema, installed or upgraded under the schema lock: its own installer, run by several workers
/// starting together, fails in all but one with "could not serialize access" or "could not find tuple for constraint".
/// </summary>
public static class HangfireSchema
{
    /// <summary>Blocks: Hangfire's storage is made once, at start-up, in a synchronous factory.</summary>
    public static void Install(string connectionString, string schemaName) => InstallAsync(connectionString, schemaName).GetAwaiter().GetResult();

    private static async Task InstallAsync(string connectionString, string schemaName)
    {
        await using var schemaLock = await PostgresSchemaLock.AcquireAsync(connectionString, CancellationToken.None);
        PostgreSqlObjectsInstaller.Install(schemaLock.Connection, schemaName);
    }
}
