namespace Hooks.Plugins.Dashboard.Ingest;

/// <summary>Status words across forges (GitLab's <c>failed</c>, GitHub's <c>failure</c>).</summary>
public static class Statuses
{
    private static readonly HashSet<string> Final = new(StringComparer.OrdinalIgnoreCase)
    {
        "success", "failed", "failure", "canceled", "cancelled", "skipped", "manual", "timed_out", "neutral", "action_required", "stale",
    };

    public static bool IsFinal(string status) => Final.Contains(status);

    public static bool IsFailed(string status) => status is "failed" or "failure" or "timed_out";

    public static bool IsSuccess(string status) => status is "success";

    /// <summary>Whether a delivery's status may replace the stored one: a late "running" never undoes a finished job.</summary>
    public static bool Replaces(string stored, string incoming) => !IsFinal(stored) || IsFinal(incoming);
}
