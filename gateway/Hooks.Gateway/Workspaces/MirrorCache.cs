using Hooks.Contracts.Platform;
using Hooks.Gateway.Storage;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Workspaces;

/// <summary>
/// A bare mirror per repository under <c>{data}/git/mirrors</c>. A commit the mirror already has costs no fetch at
/// all; otherwise branches and tags are fetched (git negotiates, so only new objects travel), and a commit on no branch
/// or tag (a force-pushed one, a merge request's head) is fetched by its id. The URL is passed on each fetch rather than
/// stored as a remote, and everything happens under the mirror's lock.
/// </summary>
public sealed partial class MirrorCache(GitCli git, MirrorLock locks, StorageSettings storage, IOptions<WorkspaceOptions> options, ILogger<MirrorCache> logger)
{
    private string Root => Path.Combine(storage.DataDirectory, "git", "mirrors");

    /// <summary>
    /// Makes sure the mirror of <paramref name="url"/> has <paramref name="commit"/>, then runs <paramref name="use"/>
    /// with the mirror's path while still holding its lock (a clone from it never sees a fetch half done).
    /// </summary>
    public async Task<T> WithCommitAsync<T>(
        RepositoryUrl url, string commit, GitCredentials? credentials, RunLogId? log, Func<string, Task<T>> use, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        string mirror = Path.Combine(Root, url.MirrorKey + ".git");
        await using var held = await locks.AcquireAsync(Path.Combine(Root, url.MirrorKey + ".lock"), options.Value.MirrorLockTimeout, cancellationToken);
        if (!File.Exists(Path.Combine(mirror, "HEAD")))
        {
            await git.RunCheckedAsync(null, null, null, cancellationToken, "init", "--bare", "--quiet", mirror);
        }

        if (!await HasCommitAsync(mirror, commit, cancellationToken))
        {
            await FetchAsync(mirror, url, commit, credentials, log, cancellationToken);
        }

        return await use(mirror);
    }

    private async Task FetchAsync(string mirror, RepositoryUrl url, string commit, GitCredentials? credentials, RunLogId? log, CancellationToken cancellationToken)
    {
        Log.Fetching(logger, url.Url, commit);
        var branches = await git.RunAsync(mirror, credentials, log, cancellationToken,
            "fetch", "--prune", "--no-write-fetch-head", url.Url, "+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*");
        if (await HasCommitAsync(mirror, commit, cancellationToken))
        {
            return;
        }

        // Not on a branch or tag: ask for the id itself (servers allow it for reachable commits, e.g. merge request heads).
        var byId = await git.RunAsync(mirror, credentials, log, cancellationToken, "fetch", "--no-write-fetch-head", url.Url, commit);
        if (await HasCommitAsync(mirror, commit, cancellationToken))
        {
            return;
        }

        if (branches.ExitCode != 0)
        {
            throw new WorkspaceException($"git fetch from {url.Url} failed with {branches.ExitCode}: {branches.Tail}");
        }

        throw new CommitNotFoundException(commit, url.Url, byId.Tail);
    }

    public async Task<bool> HasCommitAsync(string mirror, string commit, CancellationToken cancellationToken) =>
        (await git.RunAsync(mirror, null, null, cancellationToken, "cat-file", "-e", commit + "^{commit}")).ExitCode == 0;

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Fetching {Url} into its mirror for commit {Commit}")]
        public static partial void Fetching(ILogger logger, string url, string commit);
    }
}
