using Hangfire;
using Hooks.Contracts.Events;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.Dashboard.Jobs;
using Hooks.Plugins.Dashboard.Scope;
using Hooks.Plugins.Dashboard.Storage;
using Hooks.Plugins.Dashboard.View;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.Dashboard.Ingest;

/// <summary>
/// Asks, once per job, for the logs that matter: every failed job of a counted pipeline, and the same-named job of
/// the project's previous night's counted pipeline (so the page can compare dependencies). GitLab, GitHub and Gitea
/// serve job logs (a source needs its <c>BaseUrl</c> for the gateway to call it); Bitbucket does not.
/// </summary>
public sealed class LogRequests(DashboardDb db, ProjectScope scope, ISourceDirectory sources, NightDays days, IBackgroundJobClient jobs)
{
    public async Task<int> ForPipelinesAsync(string source, IReadOnlyCollection<long> pipelineIds, CancellationToken cancellationToken)
    {
        if (pipelineIds.Count == 0 || sources.Find(source) is not { Forge: Forge.GitLab or Forge.GitHub or Forge.Gitea, BaseUrl: not null })
        {
            return 0;
        }

        var pipelines = await db.Pipelines.Where(p => p.Source == source && pipelineIds.Contains(p.PipelineId)).ToListAsync(cancellationToken);
        var wanted = new List<StoredJob>();
        foreach (var pipeline in pipelines.Where(Counts))
        {
            var failed = await db.Jobs.Where(j => j.Source == source && j.PipelineId == pipeline.PipelineId && (j.Status == "failed" || j.Status == "failure")).ToListAsync(cancellationToken);
            if (failed.Count == 0)
            {
                continue;
            }

            wanted.AddRange(failed);
            if (await PreviousNightAsync(pipeline, cancellationToken) is { } previous)
            {
                var names = failed.Select(j => j.Name).ToList();
                wanted.AddRange(await db.Jobs.Where(j => j.Source == source && j.PipelineId == previous.PipelineId && names.Contains(j.Name)).ToListAsync(cancellationToken));
            }
        }

        var asked = wanted.Where(j => j.Log is LogState.NotAsked or LogState.Failed).DistinctBy(j => j.Id).ToList();
        foreach (var job in asked)
        {
            job.Log = LogState.Queued;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var job in asked)
        {
            var id = job.Id;
            jobs.Enqueue<FetchLogJob>(DashboardPlugin.Queue, fetch => fetch.RunAsync(id, CancellationToken.None));
        }

        return asked.Count;
    }

    /// <summary>The project's latest counted pipeline created on an earlier day than <paramref name="pipeline"/>.</summary>
    public async Task<StoredPipeline?> PreviousNightAsync(StoredPipeline pipeline, CancellationToken cancellationToken)
    {
        if (pipeline.CreatedMs is not { } created)
        {
            return null;
        }

        long dayStart = days.StartMs(days.Of(created));
        var earlier = await db.Pipelines
            .Where(p => p.Source == pipeline.Source && p.ProjectPath == pipeline.ProjectPath && p.CreatedMs < dayStart)
            .OrderByDescending(p => p.CreatedMs)
            .Take(20)
            .ToListAsync(cancellationToken);
        return earlier.FirstOrDefault(Counts);
    }

    private bool Counts(StoredPipeline pipeline) => scope.Counts(pipeline.Source, pipeline.ProjectPath, pipeline.Ref, pipeline.User, pipeline.Trigger);
}
