using Hooks.Plugins.Dashboard.Ingest;
using Hooks.Plugins.Dashboard.Patterns;
using Hooks.Plugins.Dashboard.Storage;

namespace Hooks.Plugins.Dashboard.View;

/// <summary>
/// Builds the grid: a row per project with a counted pipeline in the period (narrowed by <c>projects</c>), a cell per
/// day, each pipeline's jobs that pass the status filter and the search. Rows failing on the latest day come first,
/// ties broken by the day before, and so on; then by path.
/// </summary>
public static class GridBuilder
{
    public static GridView Build(Snapshot snapshot, GridQuery query, string timeZone, IReadOnlyList<string> patternProblems)
    {
        var rows = new List<(ProjectRow Row, bool[] Failing)>();
        foreach (var project in snapshot.Pipelines.Where(snapshot.InPeriod).GroupBy(p => (p.Source, p.ProjectPath)))
        {
            if (query.Projects.Count > 0 && !query.Projects.Contains(project.Key.ProjectPath))
            {
                continue;
            }

            var stored = snapshot.Project(project.Key.Source, project.Key.ProjectPath);
            var byDay = project.ToLookup(p => snapshot.DayOf(p)!.Value);
            var cells = snapshot.Days.Select(day => new DayCell(day, [.. byDay[day].OrderBy(p => p.CreatedMs).Select(p => Pipeline(snapshot, p, query))])).ToList();
            bool[] failing = [.. snapshot.Days.Reverse().Select(day => byDay[day].Any(p => Statuses.IsFinal(p.Status) && !Statuses.IsSuccess(p.Status)))];
            rows.Add((new ProjectRow(project.Key.Source, project.Key.ProjectPath, stored?.WebUrl, StoredJson.Issues(stored), cells), failing));
        }

        var ordered = rows.OrderBy(r => r.Failing, FailingFirst.Instance).ThenBy(r => r.Row.Project, StringComparer.Ordinal).Select(r => r.Row).ToList();
        return new GridView(timeZone, snapshot.Days, ordered, patternProblems, snapshot.Stamp);
    }

    private static PipelineCell Pipeline(Snapshot snapshot, StoredPipeline pipeline, GridQuery query)
    {
        var jobs = new List<JobCell>();
        foreach (var job in snapshot.JobsOf(pipeline).OrderBy(j => j.Name, StringComparer.Ordinal))
        {
            string group = JobGroup.Of(job.Status, job.AllowFailure);
            if (!query.Jobs.Contains(group))
            {
                continue;
            }

            var shown = Classifier.Shown(StoredJson.Errors(job));
            var errors = shown;
            if (query.Search is { } search)
            {
                var matching = errors.Where(e => e.Text.Contains(search, StringComparison.OrdinalIgnoreCase)).ToList();
                if (matching.Count > 0)
                {
                    errors = matching;
                }
                else if (!job.Name.Contains(search, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
            }

            var previous = snapshot.PreviousJob(job, pipeline);
            jobs.Add(new JobCell(
                job.JobId,
                job.Name,
                job.Status,
                group,
                job.WebUrl,
                job.RunnerId,
                job.RunnerDescription,
                job.Log.ToString(),
                errors,
                Statuses.IsFailed(job.Status) && job.Log == LogState.Classified && shown.Count == 0,
                previous is { } before ? DependencyDiff.Of(StoredJson.Dependencies(before.Job), StoredJson.Dependencies(job)) : null));
        }

        return new PipelineCell(pipeline.PipelineId, pipeline.Status, pipeline.WebUrl, pipeline.Ref, pipeline.User, pipeline.Trigger, Millis.Time(pipeline.CreatedMs), jobs);
    }

    /// <summary>Orders failing-day vectors (latest day first) so that a failure on a later day wins.</summary>
    private sealed class FailingFirst : IComparer<bool[]>
    {
        public static readonly FailingFirst Instance = new();

        public int Compare(bool[]? x, bool[]? y)
        {
            for (int i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i] ? -1 : 1;
                }
            }

            return 0;
        }
    }
}
