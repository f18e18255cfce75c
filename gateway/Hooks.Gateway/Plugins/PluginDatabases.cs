using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<string, string> _connectionStrings = new();
    private readonly ConcurrentDictionary<string, SqliteWriteGate> _writeGates = new();

    public bool IsPostgres => storage.IsPostgres;

    public static string SchemaFor(string pluginId) => "plugin_" + pluginId.Replace('-', '_');

    public void Configure(DbContextOptionsBuilder options, string pluginId)
    {
        string connection = _connectionStrings.GetOrAdd(pluginId, id => storage.IsPostgres
            ? new NpgsqlConnectionStringBuilder(storage.ConnectionString) { SearchPath = SchemaFor(id) }.ConnectionString
            : storage.SqliteFile("plugin-" + id));
        if (storage.IsPostgres)
        {
            options.UseNpgsql(connection);
        }
        else
        {
            options.UseSqlite(connection).AddInterceptors(_writeGates.GetOrAdd(pluginId, _ => new SqliteWriteGate()));
        }
    }

    public string PostgresConnectionString => storage.ConnectionString;
}
