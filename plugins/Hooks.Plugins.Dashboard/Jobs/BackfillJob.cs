using System.Globalization;
using System.Text.Json;
using Hangfire;
using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;
using Hooks.Contracts.Forges.GitLab;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.Dashboard.Ingest;
using Hooks.Plugins.Dashboard.Live;
using Hooks.Plugins.Dashboard.Scope;
using Hooks.Plugins.Dashboard.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Dashboard.Jobs;

/// <summary>
/// Heals what webhooks missed (GitLab disables a hook that keeps failing): for every GitLab group, its projects, their
/// open issues with <c>IssueLabel</c>, their pipelines updated in the last <c>BackfillDays</c> (one list per user and per
/// pipeline source configured, every page followed by the gateway's client), and the jobs of the counted pipelines that
/// did not succeed and of the night before each, unless already listed in that status. Nothing stored is fetched again.
/// </summary>
public sealed partial class BackfillJob(
    IOptions<DashboardOptions> options,
    ISourceDirectory sources,
    IForgeClients forges,
    DashboardDb db,
    PipelineRecorder recorder,
    LogRequests logs,
    ProjectScope scope,
    DashboardSignal signal,
    TimeProvider time,
    ILogger<BackfillJob> logger)
{
    public const string RecurringId = "dashboard-backfill";

    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [JobDisplayName("Backfill the failures dashboard")]
    public async Task<BackfillReport> RunAsync(CancellationToken cancellationToken)
    {
        var total = new BackfillReport(0, 0, 0, 0);
        foreach (var group in options.Value.Groups.Where(g => sources.Find(g.Source)?.Forge == Forge.GitLab))
        {
            var gitLab = forges.GitLab(group.Source);
            var projects = await gitLab.GroupProjectsAsync(group.Group, includeSubgroups: true, cancellationToken);
            foreach (var project in projects.Where(p => !p.Archived && ProjectScope.Watches(group, group.Source, p.PathWithNamespace)))
            {
                var report = await ProjectAsync(gitLab, group, project, cancellationToken);
                total = new BackfillReport(total.Projects + 1, total.Pipelines + report.Pipelines, total.JobLists + report.JobLists, total.LogsAsked + report.LogsAsked);
                signal.Changed();
            }
        }

        int dropped = await ForgetOldAsync(cancellationToken);
        Log.Done(logger, total.Projects, total.Pipelines, total.JobLists, total.LogsAsked, dropped);
        return total;
    }

    private async Task<BackfillReport> ProjectAsync(IGitLabClient gitLab, GroupOptions group, GitLabProject project, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear(); // one project at a time: change detection stays proportional to a project, not to the backfill
        string id = project.Id.ToString(CultureInfo.InvariantCulture);
        var issues = await gitLab.IssuesByLabelAsync(id, options.Value.IssueLabel, "opened", cancellationToken);
        var stored = await recorder.ProjectAsync(group.Source, project.PathWithNamespace, id, project.WebUrl, cancellationToken);
        // The page is public: confidential issues' titles are not shown.
        stored.Issues = JsonSerializer.Serialize(issues.Where(i => !i.Confidential).Select(i => new LabelledIssue(i.Iid, i.Title, i.WebUrl)).ToList(), FetchLogJob.Json);

        var listed = await PipelinesAsync(gitLab, group, id, cancellationToken);
        var ids = listed.Select(l => l.Pipeline.Id).ToList();
        var known = await db.Pipelines.Where(p => p.Source == group.Source && ids.Contains(p.PipelineId)).ToListAsync(cancellationToken);
        var before = known.ToDictionary(p => p.PipelineId, p => p.Status); // tracked now: the recorder finds them without a query each
        var changed = new List<StoredPipeline>();
        var rows = new List<StoredPipeline>();
        foreach (var (pipeline, user) in listed.OrderBy(l => l.Pipeline.Id))
        {
            var facts = new PipelineFacts(
                group.Source, project.PathWithNamespace, pipeline.Id, pipeline.Status, pipeline.Ref, pipeline.Sha, pipeline.Source, user,
                pipeline.CreatedAt ?? pipeline.UpdatedAt, pipeline.FinishedAt, pipeline.WebUrl);
            var row = await recorder.PipelineAsync(facts, jobsListed: false, cancellationToken);
            rows.Add(row);
            if (!before.TryGetValue(pipeline.Id, out string? status) || status != pipeline.Status)
            {
                changed.Add(row);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var needJobs = new List<StoredPipeline>();
        foreach (var pipeline in rows)
        {
            if (!Counts(pipeline) || !Statuses.IsFinal(pipeline.Status) || Statuses.IsSuccess(pipeline.Status))
            {
                continue;
            }

            if (!pipeline.JobsListed || changed.Contains(pipeline))
            {
                needJobs.Add(pipeline);
            }

            if (await logs.PreviousNightAsync(pipeline, cancellationToken) is { JobsListed: false } previous)
            {
                needJobs.Add(previous);
            }
        }

        foreach (var pipeline in needJobs.Distinct())
        {
            foreach (var job in await gitLab.JobsAsync(id, pipeline.PipelineId, null, cancellationToken))
            {
                await recorder.JobAsync(ApiFacts.Of(job, pipeline, project), cancellationToken);
            }

            pipeline.JobsListed = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        // Every counted night that did not succeed, not only the new ones: a log whose fetch failed before is asked for again.
        long[] unsuccessful = [.. rows.Where(p => !Statuses.IsSuccess(p.Status) && Counts(p)).Select(p => p.PipelineId)];
        int asked = await logs.ForPipelinesAsync(group.Source, unsuccessful, cancellationToken);
        return new BackfillReport(1, listed.Count, needJobs.Distinct().Count(), asked);
    }

    /// <summary>The project's pipelines updated since the backfill's reach: one list per configured user and pipeline source, or one list when neither is set.</summary>
    private async Task<List<(GitLabPipeline Pipeline, string? User)>> PipelinesAsync(IGitLabClient gitLab, GroupOptions group, string project, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddDays(-options.Value.BackfillDays);
        var queries = group.Users.Select(user => (Query: new GitLabPipelineQuery { Username = user, UpdatedAfter = since }, User: (string?)user))
            .Concat(group.Sources.Select(source => (Query: new GitLabPipelineQuery { Source = source, UpdatedAfter = since }, User: (string?)null)))
            .DefaultIfEmpty((Query: new GitLabPipelineQuery { UpdatedAfter = since }, User: null));
        var found = new Dictionary<long, (GitLabPipeline, string?)>();
        foreach (var (query, user) in queries)
        {
            foreach (var pipeline in await gitLab.PipelinesAsync(project, query, cancellationToken))
            {
                if (group.Refs.Count == 0 || (pipeline.Ref is not null && group.Refs.Contains(pipeline.Ref, StringComparer.Ordinal)))
                {
                    found[pipeline.Id] = found.TryGetValue(pipeline.Id, out var known) && known.Item2 is not null ? known : (pipeline, user);
                }
            }
        }

        return [.. found.Values];
    }

    /// <summary>Drops pipelines, and their jobs, created more than twice the longer of <c>Days</c> and <c>BackfillDays</c> ago.</summary>
    private async Task<int> ForgetOldAsync(CancellationToken cancellationToken)
    {
        int keepDays = 2 * Math.Max(options.Value.Days, options.Value.BackfillDays);
        long before = time.GetUtcNow().AddDays(-keepDays).ToUnixTimeMilliseconds();
        var old = await db.Pipelines.Where(p => p.CreatedMs < before).Select(p => new { p.Source, p.PipelineId }).ToListAsync(cancellationToken);
        foreach (var pipeline in old)
        {
            await db.Jobs.Where(j => j.Source == pipeline.Source && j.PipelineId == pipeline.PipelineId).ExecuteDeleteAsync(cancellationToken);
        }

        return await db.Pipelines.Where(p => p.CreatedMs < before).ExecuteDeleteAsync(cancellationToken);
    }

    private bool Counts(StoredPipeline pipeline) => scope.Counts(pipeline.Source, pipeline.ProjectPath, pipeline.Ref, pipeline.User, pipeline.Trigger);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Dashboard backfill: {Projects} projects, {Pipelines} pipelines listed, {JobLists} job lists read, {Logs} logs asked for, {Dropped} old pipelines forgotten")]
        public static partial void Done(ILogger logger, int projects, int pipelines, int jobLists, int logs, int dropped);
    }
}
