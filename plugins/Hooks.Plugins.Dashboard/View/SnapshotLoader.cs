using Hooks.Plugins.Dashboard.Scope;
using Hooks.Plugins.Dashboard.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Dashboard.View;

/// <summary>Reads a <see cref="Snapshot"/>: the last <c>Days</c> days in the time zone, counted pipelines only.</summary>
public sealed class SnapshotLoader(DashboardDb db, ProjectScope scope, NightDays nights, IOptions<DashboardOptions> options)
{
    private const int LookBackDays = 7;

    public async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var today = nights.Today;
        var days = Enumerable.Range(0, Math.Max(1, options.Value.Days)).Select(i => today.AddDays(i - Math.Max(1, options.Value.Days) + 1)).ToList();
        long from = nights.StartMs(days[0].AddDays(-LookBackDays));
        var pipelines = (await db.Pipelines.AsNoTracking().Where(p => p.CreatedMs >= from).ToListAsync(cancellationToken))
            .Where(p => scope.Counts(p.Source, p.ProjectPath, p.Ref, p.User, p.Trigger))
            .ToList();
        var jobs = new List<StoredJob>();
        foreach (var source in pipelines.GroupBy(p => p.Source))
        {
            long lowest = source.Min(p => p.PipelineId);
            var ids = source.Select(p => p.PipelineId).ToHashSet();
            string name = source.Key;
            jobs.AddRange((await db.Jobs.AsNoTracking().Where(j => j.Source == name && j.PipelineId >= lowest).ToListAsync(cancellationToken))
                .Where(j => ids.Contains(j.PipelineId)));
        }

        var projects = await db.Projects.AsNoTracking().ToDictionaryAsync(p => (p.Source, p.Path), cancellationToken);
        long stamp = await StampAsync(db, cancellationToken);
        return new Snapshot(nights, days, pipelines, jobs.ToLookup(j => (j.Source, j.PipelineId)), projects, stamp);
    }

    /// <summary>The store's last change (the newest pipeline or job write).</summary>
    public static async Task<long> StampAsync(DashboardDb db, CancellationToken cancellationToken)
    {
        long pipelines = await db.Pipelines.MaxAsync(p => (long?)p.UpdatedMs, cancellationToken) ?? 0;
        long jobs = await db.Jobs.MaxAsync(j => (long?)j.UpdatedMs, cancellationToken) ?? 0;
        return Math.Max(pipelines, jobs);
    }
}
