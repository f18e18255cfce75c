namespace Hooks.Contracts.Events;

/// <summary>Something happened to an issue.</summary>
public sealed record Issue : HookEvent
{
    /// <summary>The number shown to people (GitLab: the iid, <c>#12</c>).</summary>
    public required long Number { get; init; }

    /// <summary>What happened, normalised.</summary>
    public required IssueAction Action { get; init; }

    /// <summary>The forge's own word for what happened.</summary>
    public required string RawAction { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The state after the event, lower case: <c>open</c> or <c>closed</c>.</summary>
    public required string State { get; init; }

    /// <summary>The issue's labels after the event.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The labels before the event, where the forge says what changed; otherwise null.</summary>
    public IReadOnlyList<string>? PreviousLabels { get; init; }

    /// <summary>When the issue was last updated, where the forge gives it.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The issue's page.</summary>
    public string? Url { get; init; }

    /// <summary>Who opened the issue.</summary>
    public Actor? Author { get; init; }
}
