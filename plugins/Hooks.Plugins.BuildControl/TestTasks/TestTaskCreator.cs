using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.TestTasks;

/// <summary>
/// Makes test tasks: one per binary RPM of a COMPLETED non-<c>src</c> build task, in the task's next revision (the
/// highest so far + 1). A finished build gets them for the tasks that have none yet, unless it asked to skip tests.
/// </summary>
public static class TestTaskCreator
{
    public static async Task ForFinishedBuildAsync(BuildControlDb db, int buildId, CancellationToken cancellationToken)
    {
        if (await db.Builds.AnyAsync(b => b.Id == buildId && b.SkipTests, cancellationToken))
        {
            return;
        }

        var untested = await db.Tasks.Include(t => t.Artifacts)
            .Where(t => t.BuildId == buildId && t.Status == BuildTaskStatus.Completed && t.Arch != Arches.Src && !db.TestTasks.Any(x => x.BuildTaskId == t.Id))
            .ToListAsync(cancellationToken);
        foreach (var task in untested)
        {
            db.TestTasks.AddRange(For(task, 1));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A new revision for each build task whose latest revision has a failed test; the ids of the tasks restarted.</summary>
    public static async Task<IReadOnlyList<int>> RestartFailedAsync(BuildControlDb db, IQueryable<TaskRecord> tasks, CancellationToken cancellationToken)
    {
        var candidates = await tasks.Include(t => t.Artifacts).Where(t => t.Status == BuildTaskStatus.Completed && t.Arch != Arches.Src).ToListAsync(cancellationToken);
        var ids = candidates.Select(t => t.Id).ToList();
        var tests = await db.TestTasks.AsNoTracking().Where(x => ids.Contains(x.BuildTaskId)).ToListAsync(cancellationToken);
        var restarted = new List<int>();
        foreach (var task in candidates)
        {
            var own = tests.Where(x => x.BuildTaskId == task.Id).ToList();
            int latest = own.Count == 0 ? 0 : own.Max(x => x.Revision);
            if (own.Any(x => x.Revision == latest && x.Status == TestTaskStatus.Failed))
            {
                db.TestTasks.AddRange(For(task, latest + 1));
                restarted.Add(task.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return restarted;
    }

    private static IEnumerable<TestTaskRecord> For(TaskRecord task, int revision) =>
        from artifact in task.Artifacts
        where artifact.Type == "rpm"
        let rpm = RpmName.Parse(artifact.Name)
        where rpm is { IsSource: false }
        orderby artifact.Id
        select new TestTaskRecord
        {
            BuildTaskId = task.Id,
            PackageName = rpm.Name,
            PackageVersion = rpm.Version,
            PackageRelease = rpm.Release,
            EnvArch = task.Arch,
            Revision = revision,
        };
}
