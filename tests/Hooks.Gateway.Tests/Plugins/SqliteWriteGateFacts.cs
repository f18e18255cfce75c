using Hooks.Gateway.Plugins;
using Hooks.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Gateway.Tests.Plugins;

/// <summary>A plugin's SQLite writers queue for the file, but never behind a writer that waits for their own transaction.</summary>
public sealed class SqliteWriteGateFacts : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly DbContextOptions<NotesDb> _options;

    public SqliteWriteGateFacts()
    {
        // SQLite's busy timeout, short: a writer stalled behind the lock fails in seconds instead of thirty.
        _options = new DbContextOptionsBuilder<NotesDb>()
            .UseSqlite($"Data Source={Path.Combine(_folder.Path, "plugin.db")};Default Timeout=3")
            .AddInterceptors(new SqliteWriteGate())
            .Options;
        using var setup = new NotesDb(_options);
        setup.Database.EnsureCreated();
    }

    [Fact]
    public async Task A_save_inside_a_plugins_transaction_goes_ahead_of_a_writer_waiting_for_that_transaction()
    {
        await using var inside = new NotesDb(_options);
        await using var transaction = await inside.Database.BeginTransactionAsync(); // SQLite's write lock, from here
        inside.Notes.Add(new Note { Text = "first, in the transaction" });
        await inside.SaveChangesAsync();

        await using var outside = new NotesDb(_options);
        outside.Notes.Add(new Note { Text = "outside" });
        var waiting = Task.Run(() => outside.SaveChangesAsync()); // takes the gate, then waits for the lock
        await Task.Delay(500);

        inside.Notes.Add(new Note { Text = "second, in the transaction" });
        await inside.SaveChangesAsync();
        await transaction.CommitAsync();
        await waiting;

        await using var reader = new NotesDb(_options);
        Assert.Equal(["first, in the transaction", "outside", "second, in the transaction"], [.. reader.Notes.Select(n => n.Text).Order()]);
    }

    [Fact]
    public async Task Concurrent_saves_all_land()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await using var context = new NotesDb(_options);
            context.Notes.Add(new Note { Text = $"note {i}" });
            await context.SaveChangesAsync();
        })));

        await using var reader = new NotesDb(_options);
        Assert.Equal(20, await reader.Notes.CountAsync());
    }

    public void Dispose() => _folder.Dispose();

    public sealed class Note
    {
        public int Id { get; set; }

        public required string Text { get; set; }
    }

    public sealed class NotesDb(DbContextOptions<NotesDb> options) : DbContext(options)
    {
        public DbSet<Note> Notes => Set<Note>();
    }
}
