namespace Hooks.Contracts.Events;

/// <summary>What a comment was written on.</summary>
public enum CommentTarget
{
    /// <summary>Something else (a snippet, a wiki page, ...).</summary>
    Other,

    /// <summary>An issue.</summary>
    Issue,

    /// <summary>A pull request (GitLab: merge request).</summary>
    PullRequest,

    /// <summary>A commit.</summary>
    Commit,
}
