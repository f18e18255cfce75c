using Hooks.Testing;

namespace Hooks.Gateway.Tests.Support;

[CollectionDefinition("postgres")]
public sealed class PostgresDefinition : ICollectionFixture<PostgresFixture>;
