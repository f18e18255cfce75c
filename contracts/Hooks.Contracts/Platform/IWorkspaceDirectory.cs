namespace Hooks.Contracts.Platform;

/// <summary>
/// A fresh, empty directory for a run that needs several checkouts side by side (a build beside its bootstrap
/// repository, say). Disposing it removes it with everything in it, unless <see cref="MarkFailed"/> was called.
/// </summary>
public interface IWorkspaceDirectory : IAsyncDisposable
{
    /// <summary>The absolute path of the directory.</summary>
    string Path { get; }

    /// <summary>
    /// Checks out a commit, as <see cref="IWorkspaces.CheckoutAsync"/> does, into <paramref name="relativePath"/> (a path
    /// inside this directory that does not exist yet, such as <c>src_repos/app</c>).
    /// </summary>
    /// <returns>The checkout's absolute path.</returns>
    /// <exception cref="CommitNotFoundException">The repository has no such commit.</exception>
    /// <exception cref="WorkspaceException">Git failed otherwise.</exception>
    Task<string> CheckoutAsync(CheckoutRequest request, string relativePath, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the directory after disposal for <paramref name="keepFor"/> (default <c>Hooks:Workspaces:KeepFailedFor</c>),
    /// for a person to look at a failed run.
    /// </summary>
    void MarkFailed(TimeSpan? keepFor = null);
}
