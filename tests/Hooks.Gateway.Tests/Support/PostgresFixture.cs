using Hooks.Testing;

namespace Hooks.Gateway.Tests.Support;

/// <summary>One throwaway PostgreSQL cluster for the test classes of the "postgres" collection; each test takes a new database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition("postgres")]
public sealed class PostgresDefinition : ICollectionFixture<PostgresFixture>;
