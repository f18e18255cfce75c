using Hooks.Contracts.Events;

namespace Hooks.Gateway.Tests.Normalisation;

/// <summary>
/// What a forge cannot send, or what its normaliser does not map, with the reason: every other facet of
/// <see cref="EventFacet.All"/> must have an own fixture for that forge.
/// </summary>
internal static class NotSent
{
    private const string NoLabels = "its pull requests have no labels";

    public static IReadOnlyDictionary<(Forge Forge, string Facet), string> Reasons { get; } = new Dictionary<(Forge, string), string>
    {
        [(Forge.GitHub, "PullRequest Approved")] = "approvals come as pull_request_review, which is not mapped",
        [(Forge.GitHub, "Comment on Commit")] = "commit comments come as commit_comment, which is not mapped",
        [(Forge.GitHub, "Comment on Other")] = "issue_comment is on an issue or a pull request",

        [(Forge.GitLab, "Issue Other")] = "an issue's action is open, close, reopen or update",
        [(Forge.GitLab, "Ping")] = "GitLab's test button sends a sample of the chosen event",

        [(Forge.Gitea, "Push deleted")] = "a deleted branch is sent as a delete event, not as a push",
        [(Forge.Gitea, "Comment on Commit")] = "Gitea comments are on issues and pull requests",
        [(Forge.Gitea, "Comment on Other")] = "Gitea comments are on issues and pull requests",
        [(Forge.Gitea, "Ping")] = "Gitea's test button sends a push",

        [(Forge.BitbucketCloud, "PullRequest Edited")] = "edits and new commits are both pullrequest:updated",
        [(Forge.BitbucketCloud, "PullRequest Reopened")] = "a declined pull request cannot be reopened",
        [(Forge.BitbucketCloud, "PullRequest Labeled")] = NoLabels,
        [(Forge.BitbucketCloud, "Issue Other")] = "issue:* events are not mapped",
        [(Forge.BitbucketCloud, "Issue Opened")] = "issue:* events are not mapped",
        [(Forge.BitbucketCloud, "Issue Updated")] = "issue:* events are not mapped",
        [(Forge.BitbucketCloud, "Issue Closed")] = "issue:* events are not mapped",
        [(Forge.BitbucketCloud, "Issue Reopened")] = "issue:* events are not mapped",
        [(Forge.BitbucketCloud, "Issue Labeled")] = "issue:* events are not mapped",
        [(Forge.BitbucketCloud, "Comment on Issue")] = "issue:comment_created is not mapped",
        [(Forge.BitbucketCloud, "Comment on Commit")] = "repo:commit_comment_created is not mapped",
        [(Forge.BitbucketCloud, "Comment on Other")] = "only pull request comments are mapped",
        [(Forge.BitbucketCloud, "Pipeline")] = "commit statuses (repo:commit_status_*) are not mapped",
        [(Forge.BitbucketCloud, "Job")] = "commit statuses (repo:commit_status_*) are not mapped",
        [(Forge.BitbucketCloud, "Release")] = "Bitbucket has no releases",
        [(Forge.BitbucketCloud, "Ping")] = "Bitbucket Cloud has no ping",

        [(Forge.BitbucketServer, "PullRequest Reopened")] = "there is no event key for a reopened pull request",
        [(Forge.BitbucketServer, "PullRequest Labeled")] = NoLabels,
        [(Forge.BitbucketServer, "Issue Other")] = "Bitbucket Server has no issues",
        [(Forge.BitbucketServer, "Issue Opened")] = "Bitbucket Server has no issues",
        [(Forge.BitbucketServer, "Issue Updated")] = "Bitbucket Server has no issues",
        [(Forge.BitbucketServer, "Issue Closed")] = "Bitbucket Server has no issues",
        [(Forge.BitbucketServer, "Issue Reopened")] = "Bitbucket Server has no issues",
        [(Forge.BitbucketServer, "Issue Labeled")] = "Bitbucket Server has no issues",
        [(Forge.BitbucketServer, "Comment on Issue")] = "Bitbucket Server has no issues",
        [(Forge.BitbucketServer, "Comment on Commit")] = "commit comments (repo:comment:*) are not mapped",
        [(Forge.BitbucketServer, "Comment on Other")] = "only pull request comments are mapped",
        [(Forge.BitbucketServer, "Pipeline")] = "build statuses are not webhook events",
        [(Forge.BitbucketServer, "Job")] = "build statuses are not webhook events",
        [(Forge.BitbucketServer, "Release")] = "Bitbucket has no releases",
        [(Forge.BitbucketServer, "Ping")] = "diagnostics:ping is answered before it is stored, never normalised",
    };
}
