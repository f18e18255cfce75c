namespace Hooks.Contracts.Events;

/// <summary>What happened to a pull request (GitLab: merge request).</summary>
public enum PullRequestAction
{
    /// <summary>Any action not listed here; see <see cref="PullRequest.RawAction"/>.</summary>
    Other,

    /// <summary>Opened (created).</summary>
    Opened,

    /// <summary>New commits on the source branch (GitHub <c>synchronize</c>, Gitea <c>synchronized</c>, Bitbucket Server <c>pr:from_ref_updated</c>).</summary>
    Updated,

    /// <summary>Title, description, target branch or other metadata changed.</summary>
    Edited,

    /// <summary>Closed without merging (Bitbucket: declined or rejected).</summary>
    Closed,

    /// <summary>Merged (Bitbucket Cloud: fulfilled).</summary>
    Merged,

    /// <summary>Reopened.</summary>
    Reopened,

    /// <summary>Labels added or removed.</summary>
    Labeled,

    /// <summary>Approved by a reviewer.</summary>
    Approved,
}
