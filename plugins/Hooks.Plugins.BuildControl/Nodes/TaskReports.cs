using System.Globalization;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Builds;
using Hooks.Plugins.BuildControl.Configuration;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.BuildControl.Nodes;

/// <summary>
/// Takes a node's report in one transaction: the task's status and artifacts, its dependants released, the source RPM's
/// URL given to every task of its ref and platform, and when a <c>src</c> task failed without a source RPM, the ref's
/// waiting tasks on that platform failed at once. Only the node holding the task may report it, once.
/// </summary>
public sealed class TaskReports(BuildControlDb db, TimeProvider clock, IOptions<BuildControlOptions> options)
{
    public const string FastFailed = "Fast failed: SRPM build failed in the initial architecture (src)";

    public async Task<ReportOutcome> ReportAsync(Caller node, BuildDone report, CancellationToken cancellationToken)
    {
        var status = report.Status switch
        {
            "done" => BuildTaskStatus.Completed,
            "failed" => BuildTaskStatus.Failed,
            _ => BuildTaskStatus.Excluded,
        };
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int claimed = await db.Tasks
            .Where(t => t.Id == report.TaskId && t.Status == BuildTaskStatus.Started && t.Node == node.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, TaskTransitions.Move(BuildTaskStatus.Started, status)).SetProperty(t => t.FinishedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return await db.Tasks.AnyAsync(t => t.Id == report.TaskId, cancellationToken) ? ReportOutcome.Conflict : ReportOutcome.NotFound;
        }

        var task = await db.Tasks.Include(t => t.Platform).SingleAsync(t => t.Id == report.TaskId, cancellationToken);
        task.GitCommitHash = report.GitCommitHash ?? task.GitCommitHash;
        if (StartedAt(report) is { } started)
        {
            task.StartedAt = started;
        }

        task.Artifacts.AddRange(report.Artifacts.Select(a => new ArtifactRecord { Name = a.Name, Type = a.Type, Href = a.Href, Sha256 = a.Sha256, CasHash = a.CasHash }));
        await db.Dependencies.Where(d => d.DependsOnId == task.Id).ExecuteDeleteAsync(cancellationToken);

        var srpm = report.Artifacts.FirstOrDefault(a => a.Type == "rpm" && a.Name.EndsWith(".src.rpm", StringComparison.Ordinal));
        var siblings = db.Tasks.Where(t => t.BuildId == task.BuildId && t.Index == task.Index && t.PlatformId == task.PlatformId && t.Id != task.Id);
        if (srpm is not null && status == BuildTaskStatus.Completed && task.BuiltSrpmUrl is null)
        {
            string url = SrpmUrl(task, srpm);
            task.BuiltSrpmUrl = url;
            task.SrpmHash = srpm.CasHash;
            await siblings.ExecuteUpdateAsync(
                set => set.SetProperty(t => t.BuiltSrpmUrl, url).SetProperty(t => t.SrpmHash, srpm.CasHash)
                    .SetProperty(t => t.AlmaCommitCasHash, report.AlmaCommitCasHash).SetProperty(t => t.IsCasAuthenticated, report.IsCasAuthenticated),
                cancellationToken);
        }
        else if (task.Arch == Arches.Src && status == BuildTaskStatus.Failed && srpm is null)
        {
            var waiting = siblings.Where(t => t.Status == BuildTaskStatus.Idle);
            await db.Dependencies.Where(d => waiting.Any(t => t.Id == d.DependsOnId)).ExecuteDeleteAsync(cancellationToken);
            await waiting.ExecuteUpdateAsync(
                set => set.SetProperty(t => t.Status, TaskTransitions.Move(BuildTaskStatus.Idle, BuildTaskStatus.Failed)).SetProperty(t => t.Error, FastFailed).SetProperty(t => t.FinishedAt, now),
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // After the commit, so that of two last reports at once the later check sees both (see BuildEnd).
        await BuildEnd.MarkIfFinishedAsync(db, task.BuildId, now, cancellationToken);
        return ReportOutcome.Taken;
    }

    private string SrpmUrl(TaskRecord task, ReportedArtifact srpm)
    {
        if (options.Value.ArtifactBaseUrl is not { Length: > 0 } baseUrl)
        {
            return srpm.Href;
        }

        string letter = srpm.Name[..1].ToLowerInvariant();
        return $"{baseUrl.TrimEnd('/')}/builds/{task.Platform!.Name}-src-{task.BuildId}-br/Packages/{letter}/{srpm.Name}";
    }

    private static DateTimeOffset? StartedAt(BuildDone report) =>
        report.Stats.TryGetValue("build_node_task", out var stage) && stage.TryGetValue("start_ts", out string? text)
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;
}
