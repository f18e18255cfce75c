using Hooks.Plugins.Dashboard.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.Dashboard.Ingest;

/// <summary>
/// Writes pipelines and jobs, idempotently: a duplicate delivery changes nothing, a late "running" never undoes a
/// finished status, and fields a later source lacks (a Job Hook has no user) keep what an earlier one said.
/// </summary>
public sealed class PipelineRecorder(DashboardDb db, TimeProvider time)
{
    public async Task<StoredPipeline> PipelineAsync(PipelineFacts facts, bool jobsListed, CancellationToken cancellationToken)
    {
        var stored = db.Pipelines.Local.FirstOrDefault(p => p.Source == facts.Source && p.PipelineId == facts.Id)
            ?? await db.Pipelines.FirstOrDefaultAsync(p => p.Source == facts.Source && p.PipelineId == facts.Id, cancellationToken);
        if (stored is null)
        {
            stored = db.Pipelines.Add(new StoredPipeline { Source = facts.Source, ProjectPath = facts.ProjectPath, PipelineId = facts.Id }).Entity;
        }

        if (Statuses.Replaces(stored.Status, facts.Status))
        {
            stored.Status = facts.Status;
            stored.FinishedMs = Millis.Of(facts.FinishedAt) ?? stored.FinishedMs;
        }

        stored.ProjectPath = facts.ProjectPath;
        stored.Ref = facts.Ref ?? stored.Ref;
        stored.Sha = facts.Sha ?? stored.Sha;
        stored.Trigger = facts.Trigger ?? stored.Trigger;
        stored.User = facts.User ?? stored.User;
        stored.CreatedMs = Millis.Of(facts.CreatedAt) ?? stored.CreatedMs;
        stored.WebUrl = facts.WebUrl ?? stored.WebUrl;
        stored.JobsListed |= jobsListed;
        Touch(stored);
        return stored;
    }

    public async Task<StoredJob> JobAsync(JobFacts facts, CancellationToken cancellationToken)
    {
        var stored = db.Jobs.Local.FirstOrDefault(j => j.Source == facts.Source && j.JobId == facts.Id)
            ?? await db.Jobs.FirstOrDefaultAsync(j => j.Source == facts.Source && j.JobId == facts.Id, cancellationToken);
        if (stored is null)
        {
            stored = db.Jobs.Add(new StoredJob { Source = facts.Source, ProjectPath = facts.ProjectPath, JobId = facts.Id }).Entity;
        }

        if (Statuses.Replaces(stored.Status, facts.Status))
        {
            stored.Status = facts.Status;
            stored.FailureReason = facts.FailureReason ?? stored.FailureReason;
            stored.FinishedMs = Millis.Of(facts.FinishedAt) ?? stored.FinishedMs;
        }

        stored.ProjectPath = facts.ProjectPath;
        stored.PipelineId = facts.PipelineId;
        stored.Name = facts.Name;
        stored.Stage = facts.Stage ?? stored.Stage;
        stored.AllowFailure = facts.AllowFailure;
        stored.RunnerId = facts.RunnerId ?? stored.RunnerId;
        stored.RunnerDescription = facts.RunnerDescription ?? stored.RunnerDescription;
        stored.StartedMs = Millis.Of(facts.StartedAt) ?? stored.StartedMs;
        stored.WebUrl = facts.WebUrl ?? stored.WebUrl;
        Touch(stored);
        return stored;
    }

    public async Task<StoredProject> ProjectAsync(string source, string path, string? forgeId, string? webUrl, CancellationToken cancellationToken)
    {
        var stored = db.Projects.Local.FirstOrDefault(p => p.Source == source && p.Path == path)
            ?? await db.Projects.FirstOrDefaultAsync(p => p.Source == source && p.Path == path, cancellationToken);
        stored ??= db.Projects.Add(new StoredProject { Source = source, Path = path }).Entity;
        stored.ForgeId = forgeId ?? stored.ForgeId;
        stored.WebUrl = webUrl ?? stored.WebUrl;
        return stored;
    }

    /// <summary>
    /// Runs <paramref name="apply"/> and saves; when a concurrent writer inserted the same pipeline or job first (a
    /// unique key conflict), forgets what was tracked and applies it once more over what is now stored.
    /// </summary>
    public async Task SaveAsync(Func<Task> apply, CancellationToken cancellationToken)
    {
        await apply();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await apply();
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private void Touch(StoredPipeline pipeline)
    {
        if (db.Entry(pipeline).State != EntityState.Unchanged)
        {
            pipeline.UpdatedMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        }
    }

    private void Touch(StoredJob job)
    {
        if (db.Entry(job).State != EntityState.Unchanged)
        {
            job.UpdatedMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        }
    }
}
