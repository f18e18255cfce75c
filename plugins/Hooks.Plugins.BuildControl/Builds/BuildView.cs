using System.Text.Json.Nodes;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;

namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>A build as the original's API shows it (<c>id, created_at, tasks, user, linked_builds</c>), with what this plugin adds (times, node, errors, checksums, signed, the release it went to).</summary>
public sealed record BuildView(
    int Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    bool Finished,
    IReadOnlyList<TaskView> Tasks,
    UserView User,
    IReadOnlyList<int> LinkedBuilds,
    JsonObject? MockOptions,
    bool IsSecureBoot,
    bool SkipTests,
    [property: System.Text.Json.Serialization.JsonPropertyName("signed")] bool IsSigned,
    int? ReleaseId)
{
    public static BuildView Of(BuildRecord build) => new(
        build.Id,
        build.CreatedAt,
        build.FinishedAt,
        build.Tasks.All(t => TaskTransitions.IsFinished(t.Status)),
        [.. build.Tasks.OrderBy(t => t.Id).Select(TaskView.Of)],
        new UserView(0, build.CreatedBy, build.CreatedByEmail),
        Json.ArrayOf<int>(build.LinkedBuilds),
        build.MockOptions is null ? null : Json.ObjectOf(build.MockOptions),
        build.IsSecureBoot,
        build.SkipTests,
        build.IsSigned,
        build.ReleaseId);
}
