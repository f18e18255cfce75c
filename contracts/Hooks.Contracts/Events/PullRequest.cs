namespace Hooks.Contracts.Events;

/// <summary>Something happened to a pull request (GitLab: merge request).</summary>
public sealed record PullRequest : HookEvent
{
    /// <summary>The number shown to people (GitLab: the iid, <c>!12</c>).</summary>
    public required long Number { get; init; }

    /// <summary>What happened, normalised.</summary>
    public required PullRequestAction Action { get; init; }

    /// <summary>The forge's own word for what happened (<c>synchronize</c>, <c>update</c>, <c>pr:merged</c>, ...).</summary>
    public required string RawAction { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The state after the event, lower case (<c>open</c>, <c>closed</c>, <c>merged</c>, <c>declined</c>, ...).</summary>
    public string? State { get; init; }

    /// <summary>The branch the changes come from.</summary>
    public required string SourceBranch { get; init; }

    /// <summary>The branch the changes go into.</summary>
    public required string TargetBranch { get; init; }

    /// <summary>The newest commit of the source branch, where the forge gives it.</summary>
    public string? HeadSha { get; init; }

    /// <summary>The pull request's labels after the event.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The pull request is merged.</summary>
    public bool Merged { get; init; }

    /// <summary>The pull request's page.</summary>
    public string? Url { get; init; }

    /// <summary>Who opened the pull request.</summary>
    public Actor? Author { get; init; }
}
