using Hangfire;
using Hooks.Contracts.Platform;
using Hooks.Plugins.BuildControl.Configuration;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.BuildControl.Releases;

/// <summary>
/// No release stays IN_PROGRESS: at start and then every <c>RecoverEvery</c>, a release IN_PROGRESS whose job is gone
/// (a restart of the embedded gateway, a crash between the status and the job) gets a new job, which resumes it; one
/// that does not say what it was doing is FAILED with the reason. A second job of a release is harmless.
/// </summary>
public sealed class ReleaseRecovery(
    IServiceScopeFactory scopes, JobStorage storage, IOptions<BuildControlOptions> options, TimeProvider time, ILogger<ReleaseRecovery> logger) : PeriodicRepair(time, logger)
{
    public const string Unknown = "the release was left in progress without saying whether to commit or revert it";

    protected override TimeSpan Every => options.Value.RecoverEvery;

    protected override string What => "releases left in progress without a job (a restart, a crash)";

    public override async Task<int> RepairAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuildControlDb>();
        var jobs = scope.ServiceProvider.GetRequiredService<ReleaseJobs>();
        var stuck = await db.Releases.Where(r => r.Status == ReleaseStatus.InProgress).ToListAsync(cancellationToken);
        using var connection = storage.GetConnection();
        int recovered = 0;
        foreach (var release in stuck.Where(r => LostJobs.IsLost(connection, r.JobId, typeof(ReleaseJob), r.Id, null)))
        {
            if (release.Action is null)
            {
                (release.Status, release.Error, release.FinishedAt) = (ReleaseStatus.Failed, Unknown, Time.GetUtcNow());
            }
            else
            {
                release.JobId = jobs.Enqueue(release.Id);
            }

            recovered++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return recovered;
    }
}
