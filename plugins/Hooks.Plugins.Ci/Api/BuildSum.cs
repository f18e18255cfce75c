using Hooks.Plugins.Ci.Storage;

namespace Hooks.Plugins.Ci.Api;

/// <summary>A build as Ocelot's API showed it (its field names), with the link to an upstream build and the reason it failed.</summary>
public sealed record BuildSum(
    long BuildId,
    string Hash,
    string Account,
    string Repo,
    string Branch,
    string Status,
    bool Failed,
    string SignaledBy,
    DateTimeOffset QueueTime,
    DateTimeOffset? BuildTime,
    double BuildDuration,
    string Queue,
    string? Reason,
    long? PullRequest,
    string? RequestedBy,
    long? UpstreamBuildId,
    string? UpstreamAlias,
    string Page,
    string Log)
{
    public static BuildSum Of(CiBuild build) => new(
        build.Id,
        build.Hash,
        build.Account,
        build.Repo,
        build.Branch,
        Names.Of(build.Status),
        build.Failed,
        Names.Of(build.SignaledBy),
        build.QueueTime,
        build.BuildTime,
        build.Duration?.TotalSeconds ?? 0,
        build.Queue,
        build.Reason,
        build.PullRequest,
        build.RequestedBy,
        build.UpstreamBuildId,
        build.UpstreamAlias,
        $"/plugins/{CiPlugin.Id}/builds/{build.Id}",
        $"/runs/{CiPlugin.Id}/{build.Id}/log");
}
