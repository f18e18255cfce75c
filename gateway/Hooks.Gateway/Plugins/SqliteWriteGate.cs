using System.Runtime.CompilerServices;
using Hooks.Gateway.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hooks.Gateway.Plugins;

/// <summary>
/// Lets one <c>SaveChanges</c> at a time write a plugin's SQLite file (see <see cref="WriteGate"/>), so a plugin's
/// concurrent handlers wait only for each other's commits. A save inside a transaction the plugin began does not queue:
/// its transaction already holds SQLite's write lock, and waiting behind a writer that waits for that lock would stall
/// both until SQLite's busy timeout.
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor
{
    private readonly WriteGate _writer = new();
    private readonly ConditionalWeakTable<DbContext, object> _holders = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (TakesTurn(eventData.Context))
        {
            _writer.Enter();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (TakesTurn(eventData.Context))
        {
            await _writer.EnterAsync(urgent: false);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) => Release(eventData.Context, result);

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Release(eventData.Context, result));

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context, 0);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, 0);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context, 0);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, 0);
        return Task.CompletedTask;
    }

    private bool TakesTurn(DbContext? context)
    {
        if (context is null || context.Database.CurrentTransaction is not null)
        {
            return false;
        }

        _holders.AddOrUpdate(context, this);
        return true;
    }

    private int Release(DbContext? context, int result)
    {
        if (context is not null && _holders.Remove(context))
        {
            _writer.Leave();
        }

        return result;
    }
}
