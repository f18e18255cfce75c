using System.Net;
using System.Text.Json;
using Hangfire;
using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.Dashboard.Live;
using Hooks.Plugins.Dashboard.Patterns;
using Hooks.Plugins.Dashboard.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.Dashboard.Jobs;

/// <summary>
/// Fetches one job's log (GitLab's trace, GitHub's and Gitea's Actions job log) through the gateway's forge client, once,
/// classifies it and keeps the errors and the dependency list; the log itself is not kept. A log the forge does not
/// have is marked missing; another failure is retried by Hangfire and, when retries run out, asked for again by the
/// next backfill.
/// </summary>
public sealed partial class FetchLogJob(
    DashboardDb db, IForgeClients forges, ISourceDirectory sources, PatternCatalog patterns, DashboardSignal signal, TimeProvider time, ILogger<FetchLogJob> logger)
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

        // GitLab's numeric project id survives a rename; GitHub and Gitea name a repository owner/name.
        string? forgeId = await db.Projects.Where(p => p.Source == job.Source && p.Path == job.ProjectPath).Select(p => p.ForgeId).FirstOrDefaultAsync(cancellationToken);
        string project = sources.Find(job.Source)?.Forge == Forge.GitLab && forgeId is not null ? forgeId : job.ProjectPath;
        var forge = forges.ForSource(job.Source);
        string log;
        try
        {
            log = await forge.JobLogAsync(project, job.JobId, cancellationToken);
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
        [LoggerMessage(Level = LogLevel.Information, Message = "Dashboard: job {Job} of {Project} has no log on its forge")]
        public static partial void NoLog(ILogger logger, long job, string project);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard: the log of job {Job} of {Project} could not be read: {Reason}")]
        public static partial void FetchFailed(ILogger logger, long job, string project, string reason);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard: job {Job} of {Project}: {Problem}")]
        public static partial void PatternStopped(ILogger logger, long job, string project, string problem);

        [LoggerMessage(Level = LogLevel.Debug, Message = "Dashboard: job {Job} of {Project} classified: {Errors} errors in {Chars} characters")]
        public static partial void Classified(ILogger logger, long job, string project, int errors, int chars);
    }
}
