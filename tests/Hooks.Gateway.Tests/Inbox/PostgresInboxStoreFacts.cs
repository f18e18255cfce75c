using Hooks.Gateway.Inbox;
using Hooks.Testing;
using Npgsql;

namespace Hooks.Gateway.Tests.Inbox;

[Collection("postgres")]
public sealed class PostgresInboxStoreFacts(PostgresFixture postgres) : InboxStoreContract
{
    protected override async Task<IInboxStore> CreateStoreAsync()
    {
        var store = new PostgresInboxStore(NpgsqlDataSource.Create(await postgres.Server.CreateDatabaseAsync()), TimeProvider.System);
        await store.MigrateAsync(default);
        return store;
    }

    [Fact]
    public async Task Instances_that_migrate_at_the_same_time_create_the_schema_once()
    {
        string database = await postgres.Server.CreateDatabaseAsync();
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresInboxStore(NpgsqlDataSource.Create(database), TimeProvider.System)).ToList();

        await Task.WhenAll(stores.Select(s => s.MigrateAsync(default)));

        Assert.True(await stores[0].IsReachableAsync(default));
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) = COUNT(DISTINCT version) AND COUNT(*) = MAX(version) FROM hooks_schema", connection);
        Assert.Equal(true, await command.ExecuteScalarAsync());
    }
}
