using Hooks.Gateway.RunLogs;
using Hooks.Testing;
using Npgsql;

namespace Hooks.Gateway.Tests.RunLogs;

[Collection("postgres")]
public sealed class PostgresRunLogsFacts(PostgresFixture postgres) : RunLogsContract
{
    private string _database = "";

    protected override async Task<RunLogStore> CreateStoreAsync(bool sameDatabase = false)
    {
        if (!sameDatabase)
        {
            _database = await postgres.Server.CreateDatabaseAsync();
        }

        var store = new PostgresRunLogStore(NpgsqlDataSource.Create(_database));
        await store.MigrateAsync(default);
        return store;
    }

    [Fact]
    public async Task Instances_that_migrate_at_the_same_time_create_the_tables_once()
    {
        string database = await postgres.Server.CreateDatabaseAsync();
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresRunLogStore(NpgsqlDataSource.Create(database))).ToList();

        await Task.WhenAll(stores.Select(s => s.MigrateAsync(default)));

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) = COUNT(DISTINCT version) AND COUNT(*) = MAX(version) FROM hooks_run_logs_schema", connection);
        Assert.Equal(true, await command.ExecuteScalarAsync());
    }
}
