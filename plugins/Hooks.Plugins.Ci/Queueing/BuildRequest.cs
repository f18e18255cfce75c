using Hooks.Plugins.Ci.Storage;
using Hooks.Plugins.Ci.Triggers;

namespace Hooks.Plugins.Ci.Queueing;

/// <summary>A commit to build, whatever asked for it.</summary>
/// <param name="Account">The repository's owner (all but its last path segment).</param>
/// <param name="Repo">The repository's name.</param>
/// <param name="CloneUrl">Where to check it out from.</param>
/// <param name="Source">The gateway source it came through (for commit statuses), if any.</param>
/// <param name="Branch">The branch built (a pull request's source branch).</param>
/// <param name="MatchBranch">The branch matched against <c>branches</c> (a pull request's target branch).</param>
/// <param name="Hash">The commit.</param>
/// <param name="SignaledBy">What asked.</param>
/// <param name="Changeset">What the stages' conditions see.</param>
public sealed record BuildRequest(
    string Account, string Repo, string CloneUrl, string? Source, string Branch, string MatchBranch, string Hash, SignaledBy SignaledBy, Changeset Changeset)
{
    public string AcctRepo => $"{Account}/{Repo}";

    public bool Force { get; init; }

    public long? PullRequest { get; init; }

    public string? RequestedBy { get; init; }

    public string? DeliveryId { get; init; }

    public long? UpstreamBuildId { get; init; }

    public string? UpstreamAlias { get; init; }

    public string? DefaultBranch { get; init; }

    /// <summary>Splits <c>group/sub/project</c> into the account (<c>group/sub</c>) and the repo (<c>project</c>).</summary>
    public static (string Account, string Repo) Split(string fullName)
    {
        int slash = fullName.LastIndexOf('/');
        return slash > 0 ? (fullName[..slash], fullName[(slash + 1)..]) : ("", fullName);
    }
}
