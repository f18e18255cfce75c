using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Hooks.Plugins.BuildControl.TestTasks;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>
/// A build is finished when none of its tasks is IDLE or STARTED; its end time is set then, and cleared by a restart.
/// Its completed tasks are given test tasks then. The check holds the build's row (<see cref="LockAsync"/>): a node's
/// report checks after its own transaction committed, so of two nodes reporting a build's last two tasks at once the
/// second to take the row sees both moves and finishes the build; reports of one build never wait for each other
/// otherwise. Users' actions lock the build first, before its tasks, in the same order. A check lost to a crash between
/// the commit and it is made up by <see cref="BuildSweep"/>.
/// </summary>
public static class BuildEnd
{
    /// <summary>Locks the build's row until the transaction ends (PostgreSQL; SQLite runs one writer at a time).</summary>
    public static async Task LockAsync(BuildControlDb db, int buildId, CancellationToken cancellationToken)
    {
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1 FROM builds WHERE \"Id\" = {0} FOR UPDATE", [buildId], cancellationToken);
        }
    }

    /// <summary>Checks in the caller's transaction, or in one of its own.</summary>
    public static async Task MarkIfFinishedAsync(BuildControlDb db, int buildId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await CheckAsync(db, buildId, now, cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await CheckAsync(db, buildId, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task CheckAsync(BuildControlDb db, int buildId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await LockAsync(db, buildId, cancellationToken);
        bool running = await db.Tasks.AnyAsync(t => t.BuildId == buildId && (t.Status == BuildTaskStatus.Idle || t.Status == BuildTaskStatus.Started), cancellationToken);
        await db.Builds.Where(b => b.Id == buildId).ExecuteUpdateAsync(set => set.SetProperty(b => b.FinishedAt, running ? (DateTimeOffset?)null : now), cancellationToken);
        if (!running)
        {
            await TestTaskCreator.ForFinishedBuildAsync(db, buildId, cancellationToken);
        }
    }
}
