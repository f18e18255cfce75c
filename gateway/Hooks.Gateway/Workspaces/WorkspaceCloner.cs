using Hooks.Contracts.Platform;

namespace Hooks.Gateway.Workspaces;

/// <summary>
/// Puts one repository's commit into a directory from the mirror cache: <c>git clone --shared --no-checkout</c> of the
/// mirror (objects are read through <c>objects/info/alternates</c>, so even a large repository costs only its working
/// tree, and a workspace never writes the mirror) and a detached checkout of the exact commit. The alternatives:
/// <c>--reference --dissociate</c> copies every object into each workspace; <c>git worktree</c> writes the mirror's
/// metadata from every checkout and needs the mirror's lock for each removal too. A mirror's objects outlive the short
/// life of a workspace: git prunes unreachable objects only after two weeks.
/// </summary>
public sealed class WorkspaceCloner(GitCli git, MirrorCache mirrors)
{
    public async Task CloneAsync(string directory, RepositoryUrl url, string commit, GitCredentials? credentials, RunLogId? log, CancellationToken cancellationToken)
    {
        await mirrors.WithCommitAsync(url, commit, credentials, log, mirror =>
            git.RunCheckedAsync(null, null, null, cancellationToken, "clone", "--quiet", "--shared", "--no-checkout", mirror, directory), cancellationToken);

        // Where it really came from: relative submodule URLs resolve against it, and a person looking finds the source.
        await git.RunCheckedAsync(directory, null, null, cancellationToken, "remote", "set-url", "origin", url.Url);
        await git.RunCheckedAsync(directory, null, log, cancellationToken, "-c", "advice.detachedHead=false", "checkout", "--quiet", "--detach", commit);
    }
}
