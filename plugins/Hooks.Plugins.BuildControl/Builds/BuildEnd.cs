using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Hooks.Plugins.BuildControl.TestTasks;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>
/// A build is finished when none of its tasks is IDLE or STARTED; its end time is set then, and cleared by a restart.
/// Its completed tasks are given test tasks then. Whoever moves a build's tasks locks the build first
/// (<see cref="LockAsync"/>, at the start of its transaction, before any task row): two nodes reporting a build's last
/// two tasks at once then cannot each see the other's task still running and leave the build unfinished, and taking
/// the build before its tasks, always in that order, cannot deadlock.
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

    public static async Task MarkIfFinishedAsync(BuildControlDb db, int buildId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        bool running = await db.Tasks.AnyAsync(t => t.BuildId == buildId && (t.Status == BuildTaskStatus.Idle || t.Status == BuildTaskStatus.Started), cancellationToken);
        await db.Builds.Where(b => b.Id == buildId).ExecuteUpdateAsync(set => set.SetProperty(b => b.FinishedAt, running ? (DateTimeOffset?)null : now), cancellationToken);
        if (!running)
        {
            await TestTaskCreator.ForFinishedBuildAsync(db, buildId, cancellationToken);
        }
    }
}
