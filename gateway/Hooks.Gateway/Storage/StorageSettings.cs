namespace Hooks.Gateway.Storage;

/// <summary>
/// Where the gateway keeps its data: PostgreSQL when <c>ConnectionStrings:Hooks</c> is set, otherwise the embedded
/// default, SQLite files under <c>Hooks:DataDirectory</c> (default <c>data/</c> beside the binary).
/// </summary>
public sealed record StorageSettings(bool IsPostgres, string ConnectionString, string DataDirectory)
{
    public static StorageSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        string dataDirectory = Path.GetFullPath(
            configuration["Hooks:DataDirectory"] ?? Path.Combine(AppContext.BaseDirectory, "data"),
            environment.ContentRootPath);
        string? postgres = configuration.GetConnectionString("Hooks");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            return new StorageSettings(true, postgres, dataDirectory);
        }

        Directory.CreateDirectory(dataDirectory);
        return new StorageSettings(false, SqliteConnectionString(Path.Combine(dataDirectory, "hooks.db")), dataDirectory);
    }

    /// <summary>A SQLite file of the data directory, for the gateway (<c>hooks</c>) or a plugin (its id).</summary>
    public string SqliteFile(string name) => SqliteConnectionString(Path.Combine(DataDirectory, name + ".db"));

    private static string SqliteConnectionString(string path) => $"Data Source={path};Pooling=True;Default Timeout=30";
}
