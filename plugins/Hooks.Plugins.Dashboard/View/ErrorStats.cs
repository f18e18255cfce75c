using Hooks.Plugins.Dashboard.Patterns;
using Hooks.Plugins.Dashboard.Storage;

namespace Hooks.Plugins.Dashboard.View;

/// <summary>
/// The period's errors (as people see them: a job's normal errors, else its backup ones), grouped by their text:
/// the most prevalent (most jobs first), and the new ones — first seen in the period, never in the week
/// before it — newest first. Each with the jobs that had it.
/// </summary>
public static class ErrorStats
{
    public const int Top = 20;

    public static ErrorsView Build(Snapshot snapshot)
    {
        var occurrences = new List<(FoundError Error, ErrorJob Job)>();
        foreach (var pipeline in snapshot.Pipelines)
        {
            var day = snapshot.DayOf(pipeline)!.Value;
            foreach (var job in snapshot.JobsOf(pipeline).Where(j => j.Errors is not null))
            {
                foreach (var error in Classifier.Shown(StoredJson.Errors(job)).DistinctBy(e => e.Text))
                {
                    occurrences.Add((error, new ErrorJob(job.JobId, job.ProjectPath, job.Name, day, job.WebUrl)));
                }
            }
        }

        var byText = occurrences.GroupBy(o => o.Error.Text, StringComparer.Ordinal)
            .Select(g => (First: g.Min(o => o.Job.Day), Error: g.First().Error, Jobs: g.Select(o => o.Job).Where(j => j.Day >= snapshot.Days[0]).OrderByDescending(j => j.Day).ToList()))
            .Where(g => g.Jobs.Count > 0)
            .ToList();
        var prevalent = byText.OrderByDescending(g => g.Jobs.Count).ThenBy(g => g.Error.Text, StringComparer.Ordinal).Take(Top)
            .Select(g => new ErrorCount(g.Error.Text, g.Error.Pattern, g.Error.Kind, g.Jobs.Count, g.First, g.Jobs)).ToList();
        var fresh = byText.Where(g => g.First >= snapshot.Days[0]).OrderByDescending(g => g.First).ThenBy(g => g.Error.Text, StringComparer.Ordinal).Take(Top)
            .Select(g => new ErrorCount(g.Error.Text, g.Error.Pattern, g.Error.Kind, g.Jobs.Count, g.First, g.Jobs)).ToList();
        return new ErrorsView(snapshot.Days[0], snapshot.Days[^1], prevalent, fresh);
    }
}
