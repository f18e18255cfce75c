using Hooks.Gateway.Inbox;

namespace Hooks.Gateway.Storage;

/// <summary>Creates or migrates the gateway's schema before anything else starts.</summary>
public sealed class StoreMigrator(IInboxStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (store is SqliteInboxStore sqlite)
        {
            await sqlite.UseWriteAheadLogAsync(cancellationToken);
        }

        await store.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
