namespace Hooks.Contracts.Platform;

/// <summary>
/// Git checkouts of an exact commit, with submodules, in fresh directories under the gateway's data directory. A bare
/// mirror of each repository is kept and fetched into, so a second checkout of a repository transfers only what is new.
/// Registered by the gateway; plugins take it by dependency injection.
/// </summary>
public interface IWorkspaces
{
    /// <summary>
    /// Checks out <see cref="CheckoutRequest.Commit"/> of <see cref="CheckoutRequest.CloneUrl"/> (detached, submodules
    /// recursively) into a new directory. Dispose the workspace to remove it.
    /// </summary>
    /// <exception cref="CommitNotFoundException">The repository has no such commit.</exception>
    /// <exception cref="WorkspaceException">Git failed otherwise (unreachable repository, refused credentials, ...).</exception>
    Task<IWorkspace> CheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken);

    /// <summary>Creates a fresh, empty directory to check several repositories out into, side by side.</summary>
    Task<IWorkspaceDirectory> CreateDirectoryAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Asks the remote where <paramref name="branch"/> points now (its default branch when null), as
    /// <c>git ls-remote</c> does; null when it has no such branch.
    /// </summary>
    /// <exception cref="WorkspaceException">The remote could not be asked (unreachable, refused credentials, ...).</exception>
    Task<BranchHead?> BranchHeadAsync(string cloneUrl, string? branch, GitCredentials? credentials, CancellationToken cancellationToken);

    /// <summary>
    /// The paths that differ between <paramref name="baseCommit"/> and <paramref name="headCommit"/> (added, changed, removed; renames
    /// as a removal and an addition), as <c>git diff --name-only</c> says, read from the mirror cache (fetched into when it
    /// lacks <paramref name="headCommit"/>). With no <paramref name="baseCommit"/>, or one the repository does not have (a force push
    /// dropped it), the paths <paramref name="headCommit"/> itself changed against its first parent (all its files for a root commit).
    /// </summary>
    /// <exception cref="CommitNotFoundException">The repository has no commit <paramref name="headCommit"/>.</exception>
    /// <exception cref="WorkspaceException">Git failed otherwise.</exception>
    Task<IReadOnlyList<string>> ChangedFilesAsync(string cloneUrl, string? baseCommit, string headCommit, GitCredentials? credentials, CancellationToken cancellationToken);
}
