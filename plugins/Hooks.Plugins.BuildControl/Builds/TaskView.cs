using Hooks.Plugins.BuildControl.Storage;

namespace Hooks.Plugins.BuildControl.Builds;

public sealed record TaskView(
    int Id,
    DateTimeOffset? Ts,
    int Status,
    int Index,
    string Arch,
    BuildPlatformView Platform,
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
        BuildPlatformView.Of(task.Platform!),
        new RefView(task.RefUrl, task.GitRef, (int)task.RefType, task.GitCommitHash),
        [.. task.Artifacts.OrderBy(a => a.Id).Select(a => new ArtifactView(a.Id, a.Name, a.Type, a.Href, a.Sha256))],
        task.Error,
        task.NodeName,
        task.StartedAt,
        task.FinishedAt,
        task.BuiltSrpmUrl);
}
