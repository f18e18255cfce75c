namespace Hooks.Contracts.Events;

/// <summary>A tag created, moved or deleted.</summary>
public sealed record TagPush : HookEvent
{
    /// <summary>The tag name, without <c>refs/tags/</c>.</summary>
    public required string Tag { get; init; }

    /// <summary>The full ref, such as <c>refs/tags/v1.0</c>.</summary>
    public required string Ref { get; init; }

    /// <summary>The SHA the tag pointed to before; forty zeros when it was created (or unknown).</summary>
    public required string Before { get; init; }

    /// <summary>The SHA the tag points to now; forty zeros when it was deleted.</summary>
    public required string After { get; init; }

    /// <summary>The tag was created.</summary>
    public bool Created { get; init; }

    /// <summary>The tag was deleted.</summary>
    public bool Deleted { get; init; }
}
