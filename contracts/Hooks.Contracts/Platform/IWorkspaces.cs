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
}
