using Hooks.Plugins.BuildControl.Configuration;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.BuildControl.TestTasks;

/// <summary>
/// Hands the test system up to <see cref="Batch"/> CREATED test tasks, oldest first, in one statement that marks them
/// STARTED (on PostgreSQL it skips rows another caller is taking). Before that, tasks STARTED longer than
/// <c>TestTimeout</c> ago go back to CREATED: the test system drops tasks it cannot run without a word (the
/// <see cref="Builds.BuildSweep"/> does it between polls too).
/// </summary>
public sealed class TestHandOut(BuildControlDb db, TimeProvider clock, IOptions<BuildControlOptions> options)
{
    public const int Batch = 10;

    public async Task<IReadOnlyList<int>> TakeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await ReturnExpiredAsync(now, cancellationToken);
        string sql = "UPDATE test_tasks SET \"Status\" = 2, \"ScheduledAt\" = {0} WHERE \"Id\" IN ("
            + "SELECT \"Id\" FROM test_tasks WHERE \"Status\" = 1 ORDER BY \"Id\" LIMIT " + Batch + (db.IsPostgres ? " FOR UPDATE SKIP LOCKED" : "")
            + ") RETURNING \"Id\" AS \"Value\"";
        var ids = await db.Database.SqlQueryRaw<int>(sql, BuildControlDb.TimeConverter.ConvertToProvider(now)!).ToListAsync(cancellationToken);
        ids.Sort();
        return ids;
    }

    /// <summary>STARTED test tasks whose result did not come within the timeout go back to CREATED; how many did.</summary>
    public Task<int> ReturnExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - options.Value.TestTimeout;
        return db.TestTasks.Where(t => t.Status == TestTaskStatus.Started && t.ScheduledAt < cutoff)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, TestTaskStatus.Created).SetProperty(t => t.ScheduledAt, (DateTimeOffset?)null), cancellationToken);
    }
}
