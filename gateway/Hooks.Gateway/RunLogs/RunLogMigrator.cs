namespace Hooks.Gateway.RunLogs;

/// <summary>Creates or migrates the run log tables when the gateway starts, before plugins' jobs can write to them.</summary>
public sealed class RunLogMigrator(RunLogStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (store is SqliteRunLogStore sqlite)
        {
            await sqlite.UseWriteAheadLogAsync(cancellationToken);
        }

        await store.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
