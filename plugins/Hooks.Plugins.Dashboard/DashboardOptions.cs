using Hooks.Plugins.Dashboard.Scope;

namespace Hooks.Plugins.Dashboard;

/// <summary><c>Hooks:Plugins:dashboard</c>.</summary>
public sealed class DashboardOptions
{
    /// <summary>Which projects and pipelines count, per source and group.</summary>
    public List<GroupOptions> Groups { get; set; } = [];

    /// <summary>The IANA time zone whose dates are the columns: a pipeline belongs to the local date it was created on ("last night").</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>How many days (columns) the page shows.</summary>
    public int Days { get; set; } = 30;

    /// <summary>How far back a backfill reads pipelines.</summary>
    public int BackfillDays { get; set; } = 30;

    /// <summary>When the backfill runs as a safety net (cron, UTC); GitLab disables hooks that keep failing.</summary>
    public string BackfillCron { get; set; } = "17 * * * *";

    /// <summary>The label of a project's issues shown beside it, and put on new issues.</summary>
    public string IssueLabel { get; set; } = "nightly";

    /// <summary>The YAML pattern file; the plugin's own 22 patterns when not set.</summary>
    public string? PatternsFile { get; set; }
}
