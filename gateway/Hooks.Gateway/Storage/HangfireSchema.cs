using Hangfire.PostgreSql;

namespace Hooks.Gateway.Storage;

/// <summary>
/// Hangfire.PostgreSql's schema, installed or upgraded under the schema lock: its own installer, run by several workers
/// starting together, fails in all but one with "could not serialize access" or "could not find tuple for constraint".
/// </summary>
public static class HangfireSchema
{
    public static void Install(string connectionString, string schemaName)
    {
        using var schemaLock = PostgresSchemaLock.Acquire(connectionString);
        PostgreSqlObjectsInstaller.Install(schemaLock.Connection, schemaName);
    }
}
