using System.Text.Json.Nodes;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Storage;

namespace Hooks.Plugins.BuildControl.TestTasks;

/// <summary>A test task as the original's <c>tests/{build_task_id}/latest</c> shows it, with its whole ALTS result.</summary>
public sealed record TestTaskView(
    int Id,
    int BuildTaskId,
    string PackageName,
    string PackageVersion,
    string? PackageRelease,
    string EnvArch,
    int Status,
    int Revision,
    DateTimeOffset? ScheduledAt,
    DateTimeOffset? FinishedAt,
    JsonObject? AltsResponse)
{
    public static TestTaskView Of(TestTaskRecord test) => new(
        test.Id,
        test.BuildTaskId,
        test.PackageName,
        test.PackageVersion,
        test.PackageRelease,
        test.EnvArch,
        (int)test.Status,
        test.Revision,
        test.ScheduledAt,
        test.FinishedAt,
        test.Result is null ? null : Json.ObjectOf(test.Result));
}
