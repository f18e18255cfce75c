using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Hooks.Plugins.BuildControl.TestTasks;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>
/// A build is finished when none of its tasks is IDLE or STARTED; its end time is set then, and cleared by a restart.
/// Its completed tasks are given test tasks then.
/// </summary>
public static class BuildEnd
{
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
