using Hooks.Plugins.Dashboard.Storage;

namespace Hooks.Plugins.Dashboard.View;

/// <summary>What the views are built from: the period's days, its counted pipelines (and a week before, for comparisons), their jobs and the projects.</summary>
public sealed class Snapshot(
    NightDays nights,
    IReadOnlyList<DateOnly> days,
    IReadOnlyList<StoredPipeline> pipelines,
    ILookup<(string, long), StoredJob> jobs,
    IReadOnlyDictionary<(string, string), StoredProject> projects,
    long stamp)
{
    private readonly Dictionary<(string, string), List<StoredPipeline>> _byProject = pipelines
        .Where(p => p.CreatedMs is not null)
        .GroupBy(p => (p.Source, p.ProjectPath))
        .ToDictionary(g => g.Key, g => g.OrderBy(p => p.CreatedMs).ToList());

    public IReadOnlyList<DateOnly> Days { get; } = days;

    public IReadOnlyList<StoredPipeline> Pipelines { get; } = pipelines;

    public long Stamp { get; } = stamp;

    public NightDays Nights { get; } = nights;

    public IEnumerable<StoredJob> JobsOf(StoredPipeline pipeline) => jobs[(pipeline.Source, pipeline.PipelineId)];

    public StoredProject? Project(string source, string path) => projects.GetValueOrDefault((source, path));

    public DateOnly? DayOf(StoredPipeline pipeline) => pipeline.CreatedMs is { } created ? Nights.Of(created) : null;

    public bool InPeriod(StoredPipeline pipeline) => DayOf(pipeline) is { } day && day >= Days[0] && day <= Days[^1];

    /// <summary>The project's latest counted pipeline of an earlier day.</summary>
    public StoredPipeline? PreviousNight(StoredPipeline pipeline)
    {
        if (DayOf(pipeline) is not { } day || !_byProject.TryGetValue((pipeline.Source, pipeline.ProjectPath), out var list))
        {
            return null;
        }

        return list.LastOrDefault(p => DayOf(p) < day);
    }

    /// <summary>The same-named job of the night before, where there is one.</summary>
    public (StoredJob Job, StoredPipeline Pipeline)? PreviousJob(StoredJob job, StoredPipeline pipeline) =>
        PreviousNight(pipeline) is { } previous && JobsOf(previous).FirstOrDefault(j => j.Name == job.Name) is { } same ? (same, previous) : null;
}
