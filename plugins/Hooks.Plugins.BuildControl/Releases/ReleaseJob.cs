using Hangfire;
using Hangfire.Storage;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.BuildControl.Releases;

/// <summary>
/// The Hangfire job of an IN_PROGRESS release: commits it (signatures checked again, packages copied into the
/// platform's production repository folders, metadata made, builds marked released: COMPLETED) or reverts it (packages
/// taken out, builds no longer released: REVERTED). Whatever goes wrong ends it FAILED with the reason, never left
/// IN_PROGRESS; a job stopped by a shutdown leaves it for <see cref="ReleaseRecovery"/> to resume. Running it again
/// does no harm: files already in place are kept, and a release no longer IN_PROGRESS is left alone.
/// </summary>
public sealed partial class ReleaseJob(
    BuildControlDb db, ReleaseFiles files, Createrepo createrepo, JobStorage storage, BuildControlMetrics metrics, TimeProvider clock, ILogger<ReleaseJob> logger)
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(5);

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Release {0}")]
    public async Task RunAsync(int releaseId, CancellationToken cancellationToken)
    {
        // Two jobs of a release (two instances recovering it at once) must not copy side by side: the second steps aside.
        using var connection = storage.GetConnection();
        IDisposable exclusive;
        try
        {
            exclusive = connection.AcquireDistributedLock($"build-control:release:{releaseId}", LockWait);
        }
        catch (DistributedLockTimeoutException)
        {
            Log.Busy(logger, releaseId);
            return;
        }

        using var held = exclusive;
        if (await db.Releases.FirstOrDefaultAsync(r => r.Id == releaseId && r.Status == ReleaseStatus.InProgress, cancellationToken) is not { } release)
        {
            return;
        }

        string message;
        try
        {
            message = release.Action == ReleaseAction.Revert ? await RevertAsync(release, cancellationToken) : await CommitAsync(release, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure must end the release FAILED with its reason rather than leave it IN_PROGRESS.
        catch (Exception error)
#pragma warning restore CA1031
        {
            await EndAsync(release, ReleaseStatus.Failed, error.Message);
            Log.Failed(logger, releaseId, error);
            return;
        }

        await EndAsync(release, release.Action == ReleaseAction.Revert ? ReleaseStatus.Reverted : ReleaseStatus.Completed, message);
        Log.Done(logger, releaseId, release.Status, message);
    }

    private async Task<string> CommitAsync(ReleaseRecord release, CancellationToken cancellationToken)
    {
        var platform = await PlatformAsync(release, cancellationToken);
        if (await ReleaseSigning.RefusalAsync(db, release, platform, cancellationToken) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        var copies = Checked(release, platform);
        foreach (var copy in copies)
        {
            await files.CopyAsync(copy, cancellationToken);
        }

        var repositories = copies.Select(c => c.Repository).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (string repository in repositories)
        {
            await createrepo.RunAsync(files.Folder(repository), cancellationToken);
        }

        var buildIds = Json.ArrayOf<int>(release.BuildIds);
        await db.Builds.Where(b => buildIds.Contains(b.Id)).ExecuteUpdateAsync(set => set.SetProperty(b => b.ReleaseId, release.Id), cancellationToken);
        return $"{copies.Select(c => c.FileName).Distinct().Count()} packages released into {(repositories.Count == 0 ? "no repository" : string.Join(", ", repositories))}";
    }

    private async Task<string> RevertAsync(ReleaseRecord release, CancellationToken cancellationToken)
    {
        var platform = await PlatformAsync(release, cancellationToken);
        var copies = Checked(release, platform);
        foreach (var copy in copies)
        {
            files.Remove(copy);
        }

        var repositories = copies.Select(c => c.Repository).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (string repository in repositories)
        {
            await createrepo.RunAsync(files.Folder(repository), cancellationToken);
        }

        await db.Builds.Where(b => b.ReleaseId == release.Id).ExecuteUpdateAsync(set => set.SetProperty(b => b.ReleaseId, (int?)null), cancellationToken);
        return $"{copies.Select(c => c.FileName).Distinct().Count()} packages taken out of {(repositories.Count == 0 ? "no repository" : string.Join(", ", repositories))}";
    }

    private async Task<PlatformRecord> PlatformAsync(ReleaseRecord release, CancellationToken cancellationToken) =>
        await db.Platforms.AsNoTracking().Include(p => p.Repositories).FirstOrDefaultAsync(p => p.Id == release.PlatformId, cancellationToken)
            ?? throw new InvalidOperationException($"platform {release.PlatformId} is gone");

    /// <summary>The plan's copies, every one into a production repository of the platform (an edited plan may name others).</summary>
    private static IReadOnlyList<PlannedCopy> Checked(ReleaseRecord release, PlatformRecord platform)
    {
        var copies = ReleaseSigning.Copies(release.Plan);
        var production = platform.Repositories.Where(r => r.Production).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        return copies.FirstOrDefault(c => !production.Contains(c.Repository)) is { } stray
            ? throw new InvalidOperationException($"{stray.Repository} is not a production repository of platform {platform.Name}")
            : copies;
    }

    /// <summary>Ends the release whatever the job's token says: a final status must be stored.</summary>
    private async Task EndAsync(ReleaseRecord release, ReleaseStatus status, string message)
    {
        var plan = Json.ObjectOf(release.Plan);
        plan["last_log"] = message;
        release.Plan = plan.ToJsonString();
        release.Status = status;
        release.Error = status == ReleaseStatus.Failed ? message : null;
        release.FinishedAt = clock.GetUtcNow();
        release.Action = null;
        await db.SaveChangesAsync(CancellationToken.None);
        metrics.ReleaseEnded(status.ToString());
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Release {ReleaseId} {Status}: {Message}")]
        public static partial void Done(ILogger logger, int releaseId, ReleaseStatus status, string message);

        [LoggerMessage(Level = LogLevel.Information, Message = "Release {ReleaseId} is being worked on by another job; this one steps aside")]
        public static partial void Busy(ILogger logger, int releaseId);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Release {ReleaseId} failed")]
        public static partial void Failed(ILogger logger, int releaseId, Exception exception);
    }
}
