using Hooks.Contracts.Plugins;
using Hooks.Plugins.Dashboard.Patterns;
using Hooks.Plugins.Dashboard.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Dashboard.View;

/// <summary>Builds a job's details: errors, dependency changes against the same job the night before, the new-issue link.</summary>
public sealed class JobDetailsLoader(DashboardDb db, SnapshotLoader snapshots, ISourceDirectory sources, IOptions<DashboardOptions> options)
{
    public async Task<JobDetailsView?> LoadAsync(long jobId, string? source, CancellationToken cancellationToken)
    {
        var job = await db.Jobs.AsNoTracking()
            .Where(j => j.JobId == jobId && (source == null || j.Source == source))
            .FirstOrDefaultAsync(cancellationToken);
        if (job is null)
        {
            return null;
        }

        var snapshot = await snapshots.LoadAsync(cancellationToken);
        var pipeline = snapshot.Pipelines.FirstOrDefault(p => p.Source == job.Source && p.PipelineId == job.PipelineId)
            ?? await db.Pipelines.AsNoTracking().FirstOrDefaultAsync(p => p.Source == job.Source && p.PipelineId == job.PipelineId, cancellationToken);
        var previous = pipeline is null ? null : snapshot.PreviousJob(job, pipeline);
        var errors = StoredJson.Errors(job);
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Source == job.Source && p.Path == job.ProjectPath, cancellationToken);
        var view = new JobDetailsView(
            job.JobId,
            job.Source,
            job.ProjectPath,
            job.Name,
            job.Stage,
            job.Status,
            job.AllowFailure,
            job.FailureReason,
            job.WebUrl,
            job.RunnerId,
            job.RunnerDescription,
            pipeline is null ? null : snapshot.DayOf(pipeline),
            job.PipelineId,
            pipeline?.WebUrl,
            job.Log.ToString(),
            errors,
            Classifier.Shown(errors),
            StoredJson.Dependencies(job),
            previous is { } before ? new PreviousJobView(before.Job.JobId, before.Job.Status, snapshot.DayOf(before.Pipeline), before.Job.WebUrl) : null,
            previous is { } was ? DependencyDiff.Of(StoredJson.Dependencies(was.Job), StoredJson.Dependencies(job)) : null,
            job.Problems?.Split('\n') ?? [],
            null);
        var forge = sources.Find(job.Source)?.Forge ?? Hooks.Contracts.Events.Forge.GitLab;
        return view with { NewIssueUrl = NewIssueLink.For(forge, project?.WebUrl, view, options.Value.IssueLabel) };
    }
}
