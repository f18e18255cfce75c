using Hooks.Gateway.Storage;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hooks.Gateway.Plugins;

/// <summary>
/// Lets one <c>SaveChanges</c> at a time write a plugin's SQLite file (see <see cref="WriteGate"/>), so a plugin's
/// concurrent handlers wait only for each other's commits.
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor
{
    private readonly WriteGate _writer = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _writer.Enter();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await _writer.EnterAsync(urgent: false);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) => Release(result);

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Release(result));

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(0);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(0);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(0);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(0);
        return Task.CompletedTask;
    }

    private int Release(int result)
    {
        _writer.Leave();
        return result;
    }
}
