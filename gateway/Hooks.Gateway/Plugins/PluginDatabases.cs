using Hooks.Gateway.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hooks.Gateway.Plugins;

/// <summary>
/// Each plugin's data lives apart: on PostgreSQL in a schema of its own (<c>plugin_&lt;id&gt;</c>, set as the search path,
/// so the plugin's tables and its migrations history need no schema in code), on SQLite in a file of its own.
/// </summary>
public sealed class PluginDatabases(StorageSettings storage)
{
    public bool IsPostgres => storage.IsPostgres;

    public static string SchemaFor(string pluginId) => "plugin_" + pluginId.Replace('-', '_');

    public void Configure(DbContextOptionsBuilder options, string pluginId)
    {
        if (storage.IsPostgres)
        {
            var connection = new NpgsqlConnectionStringBuilder(storage.ConnectionString) { SearchPath = SchemaFor(pluginId) };
            options.UseNpgsql(connection.ConnectionString);
        }
        else
        {
            options.UseSqlite(storage.SqliteFile("plugin-" + pluginId));
        }
    }

    public string PostgresConnectionString => storage.ConnectionString;
}
