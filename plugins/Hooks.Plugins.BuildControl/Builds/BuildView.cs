using System.Text.Json.Nodes;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;

namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>A build as the original's API shows it (<c>id, created_at, tasks, user, linked_builds</c>), with what this plugin adds (times, node, errors, checksums).</summary>
public sealed record BuildView(
    int Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    bool Finished,
    IReadOnlyList<TaskView> Tasks,
    UserView User,
    IReadOnlyList<int> LinkedBuilds,
    JsonObject? MockOptions,
    bool IsSecureBoot)
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
        build.IsSecureBoot);
}

public sealed record UserView(int Id, string Username, string? Email);

public sealed record TaskView(
    int Id,
    DateTimeOffset? Ts,
    int Status,
    int Index,
    string Arch,
    PlatformView Platform,
    RefView Ref,
    IReadOnlyList<ArtifactView> Artifacts,
    string? Error,
    string? Node,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? BuiltSrpmUrl)
{
    public static TaskView Of(TaskRecord task) => new(
        task.Id,
        task.Ts,
        (int)task.Status,
        task.Index,
        task.Arch,
        PlatformView.Of(task.Platform!),
        new RefView(task.RefUrl, task.GitRef, (int)task.RefType, task.GitCommitHash),
        [.. task.Artifacts.OrderBy(a => a.Id).Select(a => new ArtifactView(a.Id, a.Name, a.Type, a.Href, a.Sha256))],
        task.Error,
        task.NodeName,
        task.StartedAt,
        task.FinishedAt,
        task.BuiltSrpmUrl);
}

public sealed record PlatformView(int Id, string Type, string Name, IReadOnlyList<string> ArchList)
{
    public static PlatformView Of(PlatformRecord platform) => new(platform.Id, platform.Type, platform.Name, Json.ArrayOf<string>(platform.ArchList));
}

public sealed record RefView(string Url, string? GitRef, int RefType, string? GitCommitHash);

public sealed record ArtifactView(int Id, string Name, string Type, string Href, string? Sha256);

/// <summary>A page of builds: <c>{builds, total_builds, current_page}</c>.</summary>
public sealed record BuildPage(IReadOnlyList<BuildView> Builds, int TotalBuilds, int CurrentPage);
