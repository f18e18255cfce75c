using Xunit;

namespace Hooks.Testing;

/// <summary>One throwaway PostgreSQL cluster for the tests that share it; each test takes a database of its own.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
