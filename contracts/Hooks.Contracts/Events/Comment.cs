namespace Hooks.Contracts.Events;

/// <summary>A comment was written.</summary>
public sealed record Comment : HookEvent
{
    /// <summary>The forge's id of the comment.</summary>
    public required string Id { get; init; }

    /// <summary>The comment's text (Markdown on most forges).</summary>
    public required string Body { get; init; }

    /// <summary>Who wrote it.</summary>
    public Actor? Author { get; init; }

    /// <summary>What it was written on.</summary>
    public required CommentTarget Target { get; init; }

    /// <summary>The issue or pull request number, where the target has one.</summary>
    public long? TargetNumber { get; init; }

    /// <summary>The forge's own word for what happened (<c>created</c>, ...), where it gives one.</summary>
    public string? RawAction { get; init; }

    /// <summary>The comment's page.</summary>
    public string? Url { get; init; }
}
