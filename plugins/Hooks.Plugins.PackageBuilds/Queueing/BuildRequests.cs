using Hangfire;
using Hooks.Contracts.Events;
using Hooks.Contracts.Platform;
using Hooks.Plugins.PackageBuilds.Building;
using Hooks.Plugins.PackageBuilds.Configuration;
using Hooks.Plugins.PackageBuilds.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.PackageBuilds.Queueing;

/// <summary>
/// Turns pushes and manual requests into queued builds (each a Hangfire job on the plugin's queue), and records pushes
/// that build nothing with the reason. A push to the bootstrap repository fans out, in a job of its own, to every
/// repository at its branch head.
/// </summary>
public sealed partial class BuildRequests(
    BuildsDb db,
    BuildSettings settings,
    IBackgroundJobClient jobs,
    IWorkspaces workspaces,
    IRunLogs logs,
    BuildMetrics metrics,
    TimeProvider time,
    ILogger<BuildRequests> logger)
{
    private BuildConfig Config => settings.Config;

    public async Task FromPushAsync(Push push, CancellationToken cancellationToken)
    {
        if (await db.Builds.AnyAsync(b => b.DeliveryId == push.DeliveryId && (b.Status == BuildStatus.Queued || b.Status == BuildStatus.Running), cancellationToken))
        {
            return; // the same delivery handed over again (a retry after a crash): its build is on its way
        }

        string name = NameOf(push.Repository);
        var requester = Requester.Of(push, push.Commits);
        string? reason = Rejection(push, name);
        if (reason is not null)
        {
            await IgnoreAsync(name, push.Ref, push.Branch, push.After, requester, reason, cancellationToken);
            return;
        }

        if (name == Config.Bootstrap.Name)
        {
            var since = push.ReceivedAt;
            string job = jobs.Enqueue<FanOutJob>(PackageBuildsPlugin.Queue, fanOut => fanOut.RunAsync(push.After, since, requester, CancellationToken.None));
            Log.FanningOut(logger, push.After, job);
            return;
        }

        await QueueAsync(new BuildRecord
        {
            Repository = name,
            FullName = push.Repository?.FullName,
            Branch = push.Branch,
            Ref = push.Ref,
            Commit = push.After,
            Trigger = BuildTrigger.Push,
        }, requester, cancellationToken);
    }

    public Task FromTagAsync(TagPush tag, CancellationToken cancellationToken) =>
        IgnoreAsync(NameOf(tag.Repository), tag.Ref, null, tag.After, Requester.Of(tag, []), $"tag {tag.Tag} pushed: tags do not build", cancellationToken);

    /// <summary>
    /// Every repository at its branch head (its first <c>branches</c> entry, else the remote's default branch), once: a
    /// repository with a build still queued, or started after <paramref name="since"/> (when the bootstrap commit was
    /// pushed), checks the new bootstrap out anyway and is left to that build.
    /// </summary>
    public async Task<IReadOnlyList<BuildRecord>> FanOutAsync(
        BuildTrigger trigger, string? bootstrapCommit, DateTimeOffset since, Requester requester, CancellationToken cancellationToken)
    {
        var builds = new List<BuildRecord>();
        foreach (var repository in Config.Repositories)
        {
            string branch = await BranchOfAsync(repository, null, cancellationToken);
            if (await db.Builds.AnyAsync(b => b.Repository == repository.Name && b.Branch == branch && (b.Status == BuildStatus.Queued || b.StartedAt >= since), cancellationToken))
            {
                Log.AlreadyBuilding(logger, repository.Name, branch);
                continue;
            }

            var build = new BuildRecord { Repository = repository.Name, Branch = branch, Ref = "refs/heads/" + branch, Trigger = trigger, BootstrapCommit = bootstrapCommit };
            builds.Add(Config.Scripts.For(repository.Name, branch) is null
                ? await IgnoreAsync(repository.Name, build.Ref, branch, null, requester, NoScripts(repository.Name, branch), cancellationToken)
                : await QueueAsync(build, requester, cancellationToken));
        }

        return builds;
    }

    /// <summary>Builds a repository's branch head now (the bootstrap repository: every repository).</summary>
    /// <exception cref="BuildRequestException">No such repository, no such branch, or no scripts for it.</exception>
    public async Task<IReadOnlyList<BuildRecord>> ManualAsync(string repositoryName, string? branch, string requestedBy, CancellationToken cancellationToken)
    {
        var requester = Requester.ByHand(requestedBy);
        if (repositoryName == Config.Bootstrap.Name && Config.IsConfigured)
        {
            return await FanOutAsync(BuildTrigger.Manual, null, time.GetUtcNow(), requester, cancellationToken);
        }

        var repository = (Config.IsConfigured ? Config.Repository(repositoryName) : null)
            ?? throw new BuildRequestException($"repository '{repositoryName}' is not configured (repos: {string.Join(", ", Config.Repositories.Select(r => r.Name))})");
        string chosen = await BranchOfAsync(repository, branch, cancellationToken);
        if (Config.Scripts.For(repository.Name, chosen) is null)
        {
            throw new BuildRequestException(NoScripts(repository.Name, chosen));
        }

        return [await QueueAsync(new BuildRecord { Repository = repository.Name, Branch = chosen, Ref = "refs/heads/" + chosen, Trigger = BuildTrigger.Manual }, requester, cancellationToken)];
    }

    /// <summary>Enqueues another job for a build whose job was lost (a restart of the embedded gateway, a dead worker).</summary>
    public string Requeue(Guid build) => jobs.Enqueue<BuildJob>(PackageBuildsPlugin.Queue, job => job.RunAsync(build, CancellationToken.None));

    private string? Rejection(Push push, string name)
    {
        var repository = Config.Repository(name);
        return repository switch
        {
            _ when !Config.IsConfigured => Config.Warnings[0],
            null => $"repository '{name}' is not in repos of {Path.GetFileName(Config.File)}",
            _ when push.Deleted => $"branch {push.Branch} was deleted",
            _ when !repository.Builds(push.Branch) => $"branch {push.Branch} is not among the branches of {name} ({string.Join(", ", repository.Branches)})",
            _ when name != Config.Bootstrap.Name && Config.Scripts.For(name, push.Branch) is null => NoScripts(name, push.Branch),
            _ => null,
        };
    }

    private async Task<string> BranchOfAsync(RepositoryConfig repository, string? asked, CancellationToken cancellationToken)
    {
        if ((asked ?? repository.DefaultBranch) is { } branch)
        {
            return branch;
        }

        var head = await workspaces.BranchHeadAsync(repository.CloneUrl, null, null, cancellationToken)
            ?? throw new BuildRequestException($"{repository.CloneUrl} has no default branch");
        return head.Branch;
    }

    private async Task<BuildRecord> QueueAsync(BuildRecord build, Requester requester, CancellationToken cancellationToken)
    {
        Stamp(build, requester, BuildStatus.Queued);
        db.Builds.Add(build);
        await db.SaveChangesAsync(cancellationToken);
        string what = $"[hooks] Queued: {build.Repository} {build.Ref} at {build.Commit ?? "its head"}, {build.Trigger.ToString().ToLowerInvariant()} by {requester.Name ?? "nobody known"}";
        await logs.AppendAsync(new RunLogId(PackageBuildsPlugin.Id, build.Id), [new OutputLine(build.CreatedAt, OutputChannel.Output, what)], cancellationToken);
        build.JobId = Requeue(build.Id);
        await db.SaveChangesAsync(cancellationToken);
        Log.Queued(logger, build.Id, build.Repository, build.Branch, build.Commit ?? "its head", build.Trigger);
        return build;
    }

    private async Task<BuildRecord> IgnoreAsync(string name, string reference, string? branch, string? commit, Requester requester, string reason, CancellationToken cancellationToken)
    {
        var build = new BuildRecord { Repository = name, Branch = branch, Ref = reference, Commit = commit, Trigger = BuildTrigger.Push, Reason = reason };
        Stamp(build, requester, BuildStatus.Ignored);
        db.Builds.Add(build);
        await db.SaveChangesAsync(cancellationToken);
        metrics.Ignored(name);
        Log.Ignored(logger, name, reference, reason);
        return build;
    }

    private void Stamp(BuildRecord build, Requester requester, BuildStatus status)
    {
        build.Id = Guid.NewGuid();
        build.Status = status;
        build.CreatedAt = time.GetUtcNow();
        build.RequestedBy = requester.Name;
        build.PusherName = requester.Name;
        build.PusherEmail = requester.Email;
        build.DeliveryId = requester.DeliveryId;
    }

    private static string NameOf(RepositoryRef? repository) => repository?.FullName.Split('/')[^1] ?? "(no repository)";

    private string NoScripts(string repository, string branch) =>
        $"no scripts for branch {branch} of {repository} in {Path.GetFileName(Config.File)}";

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Build {Build} of {Repository} {Branch} at {Commit} queued ({Trigger})")]
        public static partial void Queued(ILogger logger, Guid build, string repository, string? branch, string commit, BuildTrigger trigger);

        [LoggerMessage(Level = LogLevel.Information, Message = "Push to {Repository} {Ref} ignored: {Reason}")]
        public static partial void Ignored(ILogger logger, string repository, string @ref, string reason);

        [LoggerMessage(Level = LogLevel.Information, Message = "{Repository} {Branch} already has a build that will see the new bootstrap; no second one")]
        public static partial void AlreadyBuilding(ILogger logger, string repository, string branch);

        [LoggerMessage(Level = LogLevel.Information, Message = "Bootstrap commit {Commit} pushed: every repository rebuilds (job {Job})")]
        public static partial void FanningOut(ILogger logger, string commit, string job);
    }
}
