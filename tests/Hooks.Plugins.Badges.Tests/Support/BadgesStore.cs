using Hooks.Plugins.Badges.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.Badges.Tests.Support;

/// <summary>The plugin's storage on an in-memory SQLite database, migrated as the gateway would.</summary>
public sealed class BadgesStore : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public BadgesStore()
    {
        _connection.Open();
        using var db = Open();
        db.Database.Migrate();
    }

    public BadgesDb Open() => new(new DbContextOptionsBuilder<BadgesDb>().UseSqlite(_connection).Options);

    public void Dispose() => _connection.Dispose();
}
