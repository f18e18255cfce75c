using Hooks.Contracts.Platform;
using Hangfire;
using Hangfire.Storage;
using Hooks.Plugins.PackageBuilds.Building;
using Hooks.Plugins.PackageBuilds.Configuration;
using Hooks.Plugins.PackageBuilds.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.PackageBuilds.Queueing;

/// <summary>
/// No build is lost: at start and then every <c>RecoverEvery</c>, a queued build whose job is gone (the embedded
/// gateway's in-memory jobs do not survive a restart) or over, and a running build whose lease ran out (its process
/// died) before its job was taken again, get a new job. A second job of a build is harmless: the claim lets one run.
/// </summary>
public sealed class BuildRecovery(
    IServiceScopeFactory scopes, JobStorage storage, BuildSettings settings, BuildMetrics metrics, TimeProvider time, ILogger<BuildRecovery> logger) : PeriodicRepair(time, logger)
{
    protected override TimeSpan Every => settings.Options.RecoverEvery;

    protected override string What => "builds that had lost their job (a restart, a dead worker)";

    public override async Task<int> RepairAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuildsDb>();
        var requests = scope.ServiceProvider.GetRequiredService<BuildRequests>();
        var now = Time.GetUtcNow();
        var open = await db.Builds.Where(b => b.Status == BuildStatus.Queued || b.Status == BuildStatus.Running && b.LeaseUntil < now).ToListAsync(cancellationToken);
        metrics.QueueLength(open.Count(b => b.Status == BuildStatus.Queued));
        using var connection = storage.GetConnection();
        int recovered = 0;
        foreach (var build in open.Where(b => IsLost(connection, b)))
        {
            build.JobId = requests.Requeue(build.Id);
            recovered++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return recovered;
    }

    private static bool IsLost(IStorageConnection connection, BuildRecord build) =>
        LostJobs.IsLost(connection, build.JobId, typeof(BuildJob), build.Id, build.Status == BuildStatus.Running ? build.LeaseUntil : null);
}
