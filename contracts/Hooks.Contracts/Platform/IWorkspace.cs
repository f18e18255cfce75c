namespace Hooks.Contracts.Platform;

/// <summary>
/// A checked out commit in a directory of its own. Disposing it removes the directory, unless <see cref="MarkFailed"/>
/// was called: then it is kept for <c>Hooks:Workspaces:KeepFailedFor</c> (default one day) for a person to look at.
/// </summary>
public interface IWorkspace : IAsyncDisposable
{
    /// <summary>The absolute path of the working tree.</summary>
    string Path { get; }

    /// <summary>The commit checked out (detached HEAD), as requested.</summary>
    string Commit { get; }

    /// <summary>The repository it came from (never with credentials in it).</summary>
    string CloneUrl { get; }

    /// <summary>Keeps the directory for a while after disposal, for inspection of a failed run.</summary>
    void MarkFailed();
}
