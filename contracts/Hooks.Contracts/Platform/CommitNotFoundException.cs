namespace Hooks.Contracts.Platform;

/// <summary>The repository has no commit with the requested id, on any branch or tag, nor fetched by its id.</summary>
public sealed class CommitNotFoundException : WorkspaceException
{
    /// <summary>A missing commit without details.</summary>
    public CommitNotFoundException()
    {
    }

    /// <summary>A missing commit, said in words.</summary>
    public CommitNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>A missing commit, said in words, with the git failure behind it.</summary>
    public CommitNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The commit <paramref name="commit"/> is not in <paramref name="cloneUrl"/>.</summary>
    public CommitNotFoundException(string commit, string cloneUrl, string detail)
        : base($"commit {commit} was not found in repository {cloneUrl}: {detail}")
    {
        Commit = commit;
        CloneUrl = cloneUrl;
    }

    /// <summary>The commit asked for.</summary>
    public string? Commit { get; }

    /// <summary>The repository asked, without credentials.</summary>
    public string? CloneUrl { get; }
}
