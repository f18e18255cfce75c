using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hooks.Gateway.Plugins;

/// <summary>Applies every plugin's EF Core migrations on start, after the gateway's own schema (SQLite files in WAL mode).</summary>
public sealed class PluginDatabaseMigrator(IEnumerable<PluginDatabase> databases, PluginDatabases storage, IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var database in databases)
        {
            if (storage.IsPostgres)
            {
                await using var connection = new NpgsqlConnection(storage.PostgresConnectionString);
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS \"{PluginDatabases.SchemaFor(database.PluginId)}\"", connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            if (!storage.IsPostgres)
            {
                // As the gateway's own file: readers go on while a handler commits, and a commit costs one sync, not three.
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL", cancellationToken);
            }

            await context.Database.MigrateAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
