using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>
/// What users do to a build: restart its failures (chained one after another, or in parallel per ref), cancel what still
/// waits (tasks running keep running and report), remove it.
/// </summary>
public sealed class BuildActions(BuildControlDb db, TimeProvider clock)
{
    public const string Cancelled = "Build task cancelled by user";

    public async Task<bool> RestartFailedAsync(int buildId, bool parallel, CancellationToken cancellationToken)
    {
        if (!await db.Builds.AnyAsync(b => b.Id == buildId, cancellationToken))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BuildEnd.LockAsync(db, buildId, cancellationToken);
        var tasks = await db.Tasks.Include(t => t.Artifacts).Where(t => t.BuildId == buildId).OrderBy(t => t.Index).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var failed = tasks.Where(t => t.Status == BuildTaskStatus.Failed).ToList();
        foreach (var group in failed.GroupBy(t => (t.Index, t.PlatformId)))
        {
            bool allFailed = tasks.Where(t => t.Index == group.Key.Index && t.PlatformId == group.Key.PlatformId).All(t => t.Status == BuildTaskStatus.Failed);
            foreach (var task in group)
            {
                task.Status = TaskTransitions.Move(task.Status, BuildTaskStatus.Idle);
                (task.Ts, task.Node, task.NodeName, task.Error, task.StartedAt, task.FinishedAt) = (null, null, null, null, null, null);
                db.Artifacts.RemoveRange(task.Artifacts);
                if (allFailed)
                {
                    (task.BuiltSrpmUrl, task.SrpmHash) = (null, null);
                }
            }
        }

        db.Dependencies.AddRange(parallel ? ParallelChain(failed) : SerialChain(failed));
        await db.SaveChangesAsync(cancellationToken);
        await BuildEnd.MarkIfFinishedAsync(db, buildId, clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> CancelAsync(int buildId, CancellationToken cancellationToken)
    {
        if (!await db.Builds.AnyAsync(b => b.Id == buildId, cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BuildEnd.LockAsync(db, buildId, cancellationToken);
        var waiting = db.Tasks.Where(t => t.BuildId == buildId && t.Status == BuildTaskStatus.Idle);
        await waiting.ExecuteUpdateAsync(
            set => set.SetProperty(t => t.Status, TaskTransitions.Move(BuildTaskStatus.Idle, BuildTaskStatus.Cancelled)).SetProperty(t => t.Error, Cancelled).SetProperty(t => t.FinishedAt, now),
            cancellationToken);
        var cancelled = db.Tasks.Where(t => t.BuildId == buildId && t.Status == BuildTaskStatus.Cancelled).Select(t => t.Id);
        await db.Dependencies.Where(d => cancelled.Contains(d.DependsOnId) || cancelled.Contains(d.TaskId)).ExecuteDeleteAsync(cancellationToken);
        await BuildEnd.MarkIfFinishedAsync(db, buildId, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> RemoveAsync(int buildId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tasks = db.Tasks.Where(t => t.BuildId == buildId).Select(t => t.Id);
        await db.Dependencies.Where(d => tasks.Contains(d.TaskId) || tasks.Contains(d.DependsOnId)).ExecuteDeleteAsync(cancellationToken);
        await db.Artifacts.Where(a => tasks.Contains(a.TaskId)).ExecuteDeleteAsync(cancellationToken);
        await db.Tasks.Where(t => t.BuildId == buildId).ExecuteDeleteAsync(cancellationToken);
        int removed = await db.Builds.Where(b => b.Id == buildId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed > 0;
    }

    /// <summary>Each restarted task waits for the one before it, in (ref, id) order.</summary>
    internal static IEnumerable<DependencyRecord> SerialChain(IReadOnlyList<TaskRecord> restarted) =>
        restarted.Zip(restarted.Skip(1), (before, after) => new DependencyRecord { TaskId = after.Id, DependsOnId = before.Id });

    /// <summary>A restarted task waits for its ref's restarted <c>src</c> on that platform and for the same column of earlier restarted refs.</summary>
    internal static IEnumerable<DependencyRecord> ParallelChain(IReadOnlyList<TaskRecord> restarted) =>
        from task in restarted
        from before in restarted
        where before.Id != task.Id && before.PlatformId == task.PlatformId
            && ((before.Index == task.Index && before.Arch == Arches.Src && task.Arch != Arches.Src)
                || (before.Index < task.Index && before.Arch == task.Arch))
        select new DependencyRecord { TaskId = task.Id, DependsOnId = before.Id };
}
