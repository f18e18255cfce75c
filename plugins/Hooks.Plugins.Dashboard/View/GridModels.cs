using Hooks.Plugins.Dashboard.Patterns;
using Hooks.Plugins.Dashboard.Storage;

namespace Hooks.Plugins.Dashboard.View;

/// <summary>Projects × days: what <c>GET /plugins/dashboard/api/grid</c> answers and the page shows.</summary>
/// <param name="TimeZone">The zone whose dates the days are.</param>
/// <param name="Days">The columns, oldest first; the last is today.</param>
/// <param name="Rows">One per project with a counted pipeline in the period, those failing on the latest day first.</param>
/// <param name="PatternProblems">Patterns of the file that could not be used.</param>
/// <param name="Stamp">The store's last change: the page asks again when the event stream reports a newer one.</param>
public sealed record GridView(string TimeZone, IReadOnlyList<DateOnly> Days, IReadOnlyList<ProjectRow> Rows, IReadOnlyList<string> PatternProblems, long Stamp);

/// <summary>A project's row.</summary>
public sealed record ProjectRow(string Source, string Project, string? WebUrl, IReadOnlyList<LabelledIssue> Issues, IReadOnlyList<DayCell> Days);

/// <summary>A day of a project: its counted pipelines (none: the page shows <c>-</c>).</summary>
public sealed record DayCell(DateOnly Date, IReadOnlyList<PipelineCell> Pipelines);

/// <summary>A pipeline in a day cell, with the jobs that pass the filters.</summary>
public sealed record PipelineCell(long Id, string Status, string? Url, string? Ref, string? User, string? Trigger, DateTimeOffset? CreatedAt, IReadOnlyList<JobCell> Jobs);

/// <summary>
/// A job in a cell: its errors as people see them (normal ones, else backup ones; narrowed by the search), whether it
/// failed with no pattern matching (<c>?</c>), and its dependency changes against the same job the night before.
/// </summary>
public sealed record JobCell(
    long Id,
    string Name,
    string Status,
    string Group,
    string? Url,
    long? RunnerId,
    string? Runner,
    string Log,
    IReadOnlyList<FoundError> Errors,
    bool Unmatched,
    IReadOnlyList<DependencyChange>? DependencyChanges);

/// <summary>A dependency that changed against the night before: added (no old version), removed (no new one) or another version.</summary>
public sealed record DependencyChange(string Name, string? Old, string? New);
