using Hooks.Contracts.Platform;
using Hangfire;
using Hangfire.Storage;
using Hooks.Plugins.Ci.Building;
using Hooks.Plugins.Ci.Configuration;
using Hooks.Plugins.Ci.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.Ci.Queueing;

/// <summary>
/// No build is lost: at start and then every <c>RecoverEvery</c>, a queued build whose job is gone (the embedded
/// gateway's in-memory jobs do not survive a restart) or over, and a running build whose lease ran out (its worker
/// died), get a new job on their queue. A second job of a build is harmless: the claim lets one run. It also counts
/// the builds queued per queue for <c>/metrics</c>.
/// </summary>
public sealed class BuildRecovery(
    IServiceScopeFactory scopes, JobStorage storage, CiSettings settings, BuildMetrics metrics, TimeProvider time, ILogger<BuildRecovery> logger) : PeriodicRepair(time, logger)
{
    protected override TimeSpan Every => settings.Options.RecoverEvery;

    protected override string What => "builds that had lost their job (a restart, a dead worker)";

    public override async Task<int> RepairAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CiDb>();
        var queue = scope.ServiceProvider.GetRequiredService<BuildIntake>();
        var now = Time.GetUtcNow();
        var open = await db.Builds.Where(b => b.Status == BuildStatus.Queued || b.Status == BuildStatus.Running && b.LeaseUntil < now).ToListAsync(cancellationToken);
        metrics.Queued(open.Where(b => b.Status == BuildStatus.Queued).GroupBy(b => b.Queue).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal));
        using var connection = storage.GetConnection();
        int recovered = 0;
        foreach (var build in open.Where(b => IsLost(connection, b)))
        {
            build.JobId = queue.Enqueue(build);
            recovered++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return recovered;
    }

    private static bool IsLost(IStorageConnection connection, CiBuild build) =>
        LostJobs.IsLost(connection, build.JobId, typeof(BuildJob), build.Id, build.Status == BuildStatus.Running ? build.LeaseUntil : null);
}
