using System.Text.Json.Nodes;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Builds;
using Hooks.Plugins.BuildControl.Storage;

namespace Hooks.Plugins.BuildControl.Releases;

/// <summary>A release as the original shows it (<c>id, status, build_ids, build_task_ids, plan, created_by, platform</c>), with its times and why it failed.</summary>
public sealed record ReleaseView(
    int Id,
    int Status,
    IReadOnlyList<int> BuildIds,
    IReadOnlyList<int>? BuildTaskIds,
    JsonObject Plan,
    UserView CreatedBy,
    ReleasePlatformView Platform,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    string? Error)
{
    public static ReleaseView Of(ReleaseRecord release, string platformName) => new(
        release.Id,
        (int)release.Status,
        Json.ArrayOf<int>(release.BuildIds),
        release.BuildTaskIds is null ? null : Json.ArrayOf<int>(release.BuildTaskIds),
        Json.ObjectOf(release.Plan),
        new UserView(0, release.CreatedBy, null),
        new ReleasePlatformView(release.PlatformId, platformName),
        release.CreatedAt,
        release.FinishedAt,
        release.Error);
}
