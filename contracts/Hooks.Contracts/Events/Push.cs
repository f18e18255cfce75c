namespace Hooks.Contracts.Events;

/// <summary>Commits pushed to a branch, or a branch created or deleted.</summary>
public sealed record Push : HookEvent
{
    /// <summary>The branch name, without <c>refs/heads/</c>.</summary>
    public required string Branch { get; init; }

    /// <summary>The full ref, such as <c>refs/heads/main</c>.</summary>
    public required string Ref { get; init; }

    /// <summary>The SHA the branch pointed to before; forty zeros when the branch was created (or unknown).</summary>
    public required string Before { get; init; }

    /// <summary>The SHA the branch points to now; forty zeros when the branch was deleted.</summary>
    public required string After { get; init; }

    /// <summary>The pushed commits the forge lists, oldest first.</summary>
    public IReadOnlyList<Commit> Commits { get; init; } = [];

    /// <summary>The branch was created by this push.</summary>
    public bool Created { get; init; }

    /// <summary>The branch was deleted by this push.</summary>
    public bool Deleted { get; init; }

    /// <summary>A page comparing before and after, where the forge gives one.</summary>
    public string? CompareUrl { get; init; }
}
