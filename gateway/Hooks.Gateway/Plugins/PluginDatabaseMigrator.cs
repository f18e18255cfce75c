using Microsoft.EntityFrameworkCore;
using Hooks.Gateway.Storage;
using Npgsql;

namespace Hooks.Gateway.Plugins;

/// <summary>
/// Applies every plugin's EF Core migrations on start, after the gateway's own schema (SQLite files in WAL mode; on
/// PostgreSQL one process at a time).
/// </summary>
public sealed partial class PluginDatabaseMigrator(
    IEnumerable<PluginDatabase> databases, PluginDatabases storage, PluginCatalog plugins, IServiceProvider services, ILogger<PluginDatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var database in databases)
        {
            if (plugins.Find(database.PluginId) is not { IsActive: true } plugin)
            {
                continue;
            }

            try
            {
                await MigrateAsync(database, cancellationToken);
            }
#pragma warning disable CA1031 // A plugin whose storage cannot be migrated is out of service; the others are not.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                plugin.MarkBroken("its database migration", exception);
                Log.MigrationFailed(logger, plugin.Id, exception);
            }
        }
    }

    private async Task MigrateAsync(PluginDatabase database, CancellationToken cancellationToken)
    {
        if (!storage.IsPostgres)
        {
            await MigrateContextAsync(database, cancellationToken);
            return;
        }

        await using var schemaLock = await PostgresSchemaLock.AcquireAsync(storage.PostgresConnectionString, cancellationToken);
        await using (var command = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS \"{PluginDatabases.SchemaFor(database.PluginId)}\"", schemaLock.Connection))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await MigrateContextAsync(database, cancellationToken);
    }

    private async Task MigrateContextAsync(PluginDatabase database, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
        if (!storage.IsPostgres)
        {
            // As the gateway's own file: readers go on while a handler commits, and a commit costs one sync, not three.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL", cancellationToken);
        }

        await context.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {Id}'s database migration failed; the plugin is out of service")]
        public static partial void MigrationFailed(ILogger logger, string id, Exception exception);
    }
}
