using Hangfire;
using Hooks.Plugins.Badges.Badges;
using Hooks.Contracts.Forges;
using Hooks.Plugins.Badges.GitLab;
using Hooks.Plugins.Badges.Projects;
using Hooks.Plugins.Badges.Status;
using Hooks.Plugins.Badges.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Badges.Jobs;

/// <summary>
/// Recomputes one project from GitLab's API (project, labels, open issues), stores the devices' states and history,
/// and brings the project's badges in line. One refresh per project runs at a time, across every worker; a failure is
/// recorded for the status page and thrown, so Hangfire retries it.
/// </summary>
public sealed partial class RefreshProjectJob(
    ProjectDirectory projects,
    BadgesGitLab gitlab,
    BadgesDb db,
    JobStorage storage,
    IOptions<BadgesOptions> options,
    TimeProvider time,
    RefreshMetrics metrics,
    ILogger<RefreshProjectJob> logger)
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(5);

    [JobDisplayName("Refresh badges of {0}")]
    public async Task RunAsync(string projectKey, CancellationToken cancellationToken)
    {
        var project = projects.All.FirstOrDefault(p => p.Key == projectKey);
        if (project is null)
        {
            Log.NoLongerConfigured(logger, projectKey);
            return;
        }

        long started = time.GetTimestamp();
        if (project.Problem is { } problem)
        {
            await RecordErrorAsync(projectKey, $"configuration: {problem}", cancellationToken);
            metrics.Refreshed(projectKey, "misconfigured", time.GetElapsedTime(started));
            return;
        }

        using var connection = storage.GetConnection();
        using var exclusive = connection.AcquireDistributedLock($"badges:refresh:{projectKey}", LockTimeout);
        try
        {
            string? badgeProblem;
            try
            {
                badgeProblem = await RefreshAsync(project, cancellationToken);
            }
            catch (ForgeApiException error)
            {
                throw BadgesGitLab.Explain(error);
            }

            if (badgeProblem is not null)
            {
                await RecordErrorAsync(projectKey, badgeProblem, cancellationToken);
            }

            metrics.Refreshed(projectKey, badgeProblem is null ? "succeeded" : "misconfigured", time.GetElapsedTime(started));
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordErrorAsync(projectKey, exception.Message, CancellationToken.None);
            metrics.Refreshed(projectKey, "failed", time.GetElapsedTime(started));
            throw;
        }
    }

    /// <returns>Why the badges were not synchronised, or null.</returns>
    private async Task<string?> RefreshAsync(BadgeProject project, CancellationToken cancellationToken)
    {
        var api = gitlab.For(project);
        var gitLabProject = await api.ProjectAsync(project.Key, cancellationToken);
        var labels = await api.LabelsAsync(project.Key, cancellationToken);
        var openIssues = await api.OpenIssuesAsync(project.Key, cancellationToken);
        var devices = ColourOrder.Sort(StatusRules.Compute(labels, openIssues, project.Labels));
        await ProjectSnapshot.SaveAsync(db, project.Key, gitLabProject, devices, openIssues, time.GetUtcNow(), options.Value.HistoryDays, cancellationToken);

        if (options.Value.PublicUrl is not { IsAbsoluteUri: true } publicUrl)
        {
            return "badges not synchronised: set Hooks:Plugins:badges:PublicUrl to the gateway's address as browsers reach it (https://...)";
        }

        var links = new BadgeLinks(publicUrl, string.Equals(options.Value.Image, "shields", StringComparison.OrdinalIgnoreCase));
        var plan = BadgePlan.For(await api.BadgesAsync(project.Key, cancellationToken), [.. devices.Select(device => links.For(project, gitLabProject.WebUrl, device))]);
        await plan.ApplyAsync(api, project.Key, cancellationToken);
        Log.Refreshed(logger, project.Key, devices.Count, plan.Edits.Count, plan.Creates.Count, plan.Deletes.Count, plan.Unchanged);
        return null;
    }

    private async Task RecordErrorAsync(string projectKey, string error, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var project = await db.Projects.FindAsync([projectKey], cancellationToken) ?? db.Projects.Add(new TrackedProject { Key = projectKey }).Entity;
        project.LastError = error;
        project.LastErrorAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        Log.RefreshFailed(logger, projectKey, error);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Badges of {Project}: {Devices} devices; badges edited {Edited}, created {Created}, deleted {Deleted}, unchanged {Unchanged}")]
        public static partial void Refreshed(ILogger logger, string project, int devices, int edited, int created, int deleted, int unchanged);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Badges of {Project} not refreshed: {Error}")]
        public static partial void RefreshFailed(ILogger logger, string project, string error);

        [LoggerMessage(Level = LogLevel.Information, Message = "Project {Project} is no longer configured; its refresh is dropped")]
        public static partial void NoLongerConfigured(ILogger logger, string project);
    }
}
