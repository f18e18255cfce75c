using Hooks.Gateway.RunLogs;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.RunLogs;

public sealed class SqliteRunLogsFacts : RunLogsContract, IDisposable
{
    private readonly TempDirectory _folder = new("hooks-run-logs");
    private string _file = "";

    protected override async Task<RunLogStore> CreateStoreAsync(bool sameDatabase = false)
    {
        if (!sameDatabase)
        {
            _file = Path.Combine(_folder.Path, Guid.NewGuid() + ".db");
        }

        var store = new SqliteRunLogStore($"Data Source={_file};Pooling=True;Default Timeout=30");
        await store.UseWriteAheadLogAsync(default);
        await store.MigrateAsync(default);
        return store;
    }

    public void Dispose() => _folder.Dispose();
}
