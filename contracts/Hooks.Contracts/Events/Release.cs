namespace Hooks.Contracts.Events;

/// <summary>A release was published, created or changed.</summary>
public sealed record Release : HookEvent
{
    /// <summary>The release's tag.</summary>
    public required string Tag { get; init; }

    /// <summary>The release's name, where it has one.</summary>
    public string? Name { get; init; }

    /// <summary>The forge's own word for what happened (<c>published</c>, <c>create</c>, ...).</summary>
    public required string Action { get; init; }

    /// <summary>The release's page.</summary>
    public string? Url { get; init; }
}
