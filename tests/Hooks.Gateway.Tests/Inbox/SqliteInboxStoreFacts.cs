using Hooks.Gateway.Inbox;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Inbox;

public sealed class SqliteInboxStoreFacts : InboxStoreContract, IDisposable
{
    private readonly TempDirectory _folder = new("hooks-sqlite");

    protected override async Task<IInboxStore> CreateStoreAsync()
    {
        var store = new SqliteInboxStore($"Data Source={Path.Combine(_folder.Path, Guid.NewGuid() + ".db")}", TimeProvider.System);
        await store.UseWriteAheadLogAsync(default);
        await store.MigrateAsync(default);
        return store;
    }

    public void Dispose() => _folder.Dispose();
}
