using Hooks.Plugins.PackageBuilds.Storage;

namespace Hooks.Plugins.PackageBuilds.Api;

/// <summary>A build as the API shows it.</summary>
public sealed record BuildView(
    Guid Id,
    string Repository,
    string? Branch,
    string Ref,
    string? Commit,
    string Status,
    string Trigger,
    string? RequestedBy,
    string? PusherName,
    string? Reason,
    int? ExitCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    double? DurationSeconds,
    int Attempts,
    string Log,
    string Page)
{
    public static BuildView Of(BuildRecord build) => new(
        build.Id,
        build.Repository,
        build.Branch,
        build.Ref,
        build.Commit,
        build.Status.ToString().ToLowerInvariant(),
        build.Trigger.ToString().ToLowerInvariant(),
        build.RequestedBy,
        build.PusherName,
        build.Reason,
        build.ExitCode,
        build.CreatedAt,
        build.StartedAt,
        build.FinishedAt,
        build.Duration?.TotalSeconds,
        build.Attempts,
        $"/runs/{PackageBuildsPlugin.Id}/{build.Id:D}/log",
        $"/plugins/{PackageBuildsPlugin.Id}/builds/{build.Id:D}");
}
