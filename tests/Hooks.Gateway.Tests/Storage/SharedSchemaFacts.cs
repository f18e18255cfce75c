using System.Text.Json;
using Hooks.Gateway.Storage;
using Hooks.Testing;
using Npgsql;

namespace Hooks.Gateway.Tests.Storage;

/// <summary>Workers started together on a fresh PostgreSQL (compose, a rollout) each set up Hangfire and the plugins' schemas.</summary>
[Collection("postgres")]
public sealed class SharedSchemaFacts(PostgresFixture postgres)
{
    [Fact]
    public async Task Workers_installing_hangfire_at_the_same_time_all_succeed_and_install_it_once()
    {
        string database = await postgres.Server.CreateDatabaseAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => HangfireSchema.Install(database, "hangfire"))));

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*), max(version) FROM hangfire.schema", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(1, reader.GetInt64(0));
        Assert.True(reader.GetInt32(1) >= 23, $"Hangfire's schema is at version {reader.GetInt32(1)}");
    }

    [Fact]
    public async Task The_lock_is_held_by_one_process_at_a_time_and_released_on_dispose()
    {
        string database = await postgres.Server.CreateDatabaseAsync();
        var first = await PostgresSchemaLock.AcquireAsync(database, default);
        var second = PostgresSchemaLock.AcquireAsync(database, default);

        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(second.IsCompleted, "a second holder got the lock while the first held it");
        await first.DisposeAsync();
        await using var held = await second.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(System.Data.ConnectionState.Open, held.Connection.State);
    }

    [Fact]
    public async Task Gateways_started_together_on_a_fresh_database_keep_every_plugin_in_service()
    {
        string database = await postgres.Server.CreateDatabaseAsync();
        using var plugins = FixturePlugins.CopyTo(new TempDirectory("hooks-plugins"));
        var gateways = Enumerable.Range(0, 3).Select(_ =>
        {
            var gateway = new GatewayFactory();
            gateway.Settings["ConnectionStrings:Hooks"] = database;
            gateway.Settings["Hooks:Plugins:Directory"] = plugins.Path;
            return gateway;
        }).ToList();
        try
        {
            var clients = await Task.WhenAll(gateways.Select(g => Task.Run(g.CreateAdminClient)));

            foreach (var client in clients)
            {
                using var listing = JsonDocument.Parse(await client.GetStringAsync("/api/plugins"));
                var states = listing.RootElement.EnumerateArray().Select(p => $"{p.GetProperty("id").GetString()}: {p.GetProperty("state").GetString()} {p.GetProperty("error")}").ToList();
                Assert.NotEmpty(states);
                Assert.All(states, state => Assert.Contains(": loaded", state, StringComparison.Ordinal));
            }
        }
        finally
        {
            foreach (var gateway in gateways)
            {
                await gateway.DisposeAsync();
            }
        }
    }
}
