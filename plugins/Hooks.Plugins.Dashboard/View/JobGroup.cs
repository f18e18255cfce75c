using Hooks.Plugins.Dashboard.Ingest;

namespace Hooks.Plugins.Dashboard.View;

/// <summary>The status filter's four groups: failed, failed but allowed to fail, passed, any other status.</summary>
public static class JobGroup
{
    public static string Of(string status, bool allowFailure) => status switch
    {
        _ when Statuses.IsFailed(status) => allowFailure ? "allowed" : "failed",
        _ when Statuses.IsSuccess(status) => "passed",
        _ => "other",
    };
}
