using System.Net;
using System.Text.Json;
using Hangfire;
using Hooks.Contracts.Forges;
using Hooks.Plugins.Dashboard.Live;
using Hooks.Plugins.Dashboard.Patterns;
using Hooks.Plugins.Dashboard.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.Dashboard.Jobs;

/// <summary>
/// Fetches one job's log (<c>GET /projects/:id/jobs/:job_id/trace</c>) through the gateway's GitLab client, once,
/// classifies it and keeps the errors and the dependency list; the log itself is not kept. A log GitLab does not have
/// is marked missing; another failure is retried by Hangfire and, when retries run out, asked for again by the next backfill.
/// </summary>
public sealed partial class FetchLogJob(
    DashboardDb db, IForgeClients forges, PatternCatalog patterns, DashboardSignal signal, TimeProvider time, ILogger<FetchLogJob> logger)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Classify the log of dashboard job {0}")]
    public async Task RunAsync(Guid id, CancellationToken cancellationToken)
    {
        var job = await db.Jobs.FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null || job.Log is LogState.Classified or LogState.Missing)
        {
            return;
        }

        string project = await db.Projects.Where(p => p.Source == job.Source && p.Path == job.ProjectPath).Select(p => p.ForgeId).FirstOrDefaultAsync(cancellationToken)
            ?? job.ProjectPath;
        var gitLab = forges.GitLab(job.Source);
        string log;
        try
        {
            log = await gitLab.JobLogAsync(project, job.JobId, cancellationToken);
        }
        catch (ForgeApiException exception) when (exception.Status is null or HttpStatusCode.NotFound)
        {
            Log.NoLog(logger, job.JobId, job.ProjectPath);
            await SaveAsync(job, LogState.Missing, cancellationToken);
            return;
        }
        catch (ForgeApiException exception)
        {
            Log.FetchFailed(logger, job.JobId, job.ProjectPath, exception.Message);
            await SaveAsync(job, LogState.Failed, cancellationToken);
            throw;
        }

        var found = Classifier.Classify(log, patterns.Current);
        job.Errors = JsonSerializer.Serialize(found.Errors, Json);
        job.Dependencies = found.Dependencies is null ? null : JsonSerializer.Serialize(found.Dependencies, Json);
        job.Problems = found.Problems.Count == 0 ? null : string.Join('\n', found.Problems);
        foreach (string problem in found.Problems)
        {
            Log.PatternStopped(logger, job.JobId, job.ProjectPath, problem);
        }

        await SaveAsync(job, LogState.Classified, cancellationToken);
        Log.Classified(logger, job.JobId, job.ProjectPath, found.Errors.Count, log.Length);
    }

    private async Task SaveAsync(StoredJob job, LogState state, CancellationToken cancellationToken)
    {
        job.Log = state;
        job.UpdatedMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        await db.SaveChangesAsync(cancellationToken);
        signal.Changed();
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Dashboard: job {Job} of {Project} has no log on GitLab")]
        public static partial void NoLog(ILogger logger, long job, string project);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard: the log of job {Job} of {Project} could not be read: {Reason}")]
        public static partial void FetchFailed(ILogger logger, long job, string project, string reason);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard: job {Job} of {Project}: {Problem}")]
        public static partial void PatternStopped(ILogger logger, long job, string project, string problem);

        [LoggerMessage(Level = LogLevel.Debug, Message = "Dashboard: job {Job} of {Project} classified: {Errors} errors in {Chars} characters")]
        public static partial void Classified(ILogger logger, long job, string project, int errors, int chars);
    }
}
