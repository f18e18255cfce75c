using Hooks.Contracts.Platform;
using Hooks.Plugins.BuildControl.Configuration;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Hooks.Plugins.BuildControl.TestTasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>
/// At start and every <c>RecoverEvery</c>: STARTED test tasks past <c>TestTimeout</c> go back to CREATED, so what a person
/// reads is true between the test system's polls too (each poll does the same before it hands tasks out); and a build
/// whose tasks are all finished but which is not, because the process died between a report's commit and its check,
/// is finished (and gets its test tasks).
/// </summary>
public sealed class BuildSweep(IServiceScopeFactory scopes, IOptions<BuildControlOptions> options, TimeProvider time, ILogger<BuildSweep> logger)
    : PeriodicRepair(time, logger)
{
    protected override TimeSpan Every => options.Value.RecoverEvery;

    protected override string What => "test tasks past their timeout (back to CREATED) and builds left unfinished";

    public override async Task<int> RepairAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = Time.GetUtcNow();
        int returned = await scope.ServiceProvider.GetRequiredService<TestHandOut>().ReturnExpiredAsync(now, cancellationToken);

        var db = scope.ServiceProvider.GetRequiredService<BuildControlDb>();
        var unfinished = await db.Builds.Where(b => b.FinishedAt == null && db.Tasks.Any(t => t.BuildId == b.Id)
                && !db.Tasks.Any(t => t.BuildId == b.Id && (t.Status == BuildTaskStatus.Idle || t.Status == BuildTaskStatus.Started)))
            .Select(b => b.Id).ToListAsync(cancellationToken);
        foreach (int buildId in unfinished)
        {
            await BuildEnd.MarkIfFinishedAsync(db, buildId, now, cancellationToken);
        }

        return returned + unfinished.Count;
    }
}
