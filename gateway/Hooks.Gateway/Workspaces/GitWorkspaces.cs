using System.Text.RegularExpressions;
using Hooks.Contracts.Platform;
using Hooks.Gateway.Storage;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Workspaces;

/// <summary>
/// Exact-commit checkouts in fresh directories under <c>{data}/workspaces</c>, submodules included; a directory that
/// could not be checked out completely is removed at once. Without credentials, a configured source's token serves
/// its own server's repositories (<see cref="SourceGitCredentials"/>).
/// </summary>
public sealed partial class GitWorkspaces(
    WorkspaceCloner cloner, Submodules submodules, MirrorCache mirrors, GitCli git, SourceGitCredentials sourceCredentials, StorageSettings storage,
    IOptions<WorkspaceOptions> options, TimeProvider time) : IWorkspaces
{
    public string Root => Path.Combine(storage.DataDirectory, "workspaces");

    public async Task<IWorkspace> CheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = RepositoryUrl.Parse(request.CloneUrl);
        string commit = CommitOf(request);
        string directory = NewDirectory($"{url.Name}-{commit[..12]}");
        await CheckoutIntoAsync(directory, request, cancellationToken);
        return new Workspace(directory, commit, url.Url, options.Value.KeepFailedFor, time);
    }

    public Task<IWorkspaceDirectory> CreateDirectoryAsync(string name, CancellationToken cancellationToken)
    {
        string directory = NewDirectory(UnsafeInName().Replace(name, "-"));
        Directory.CreateDirectory(directory);
        return Task.FromResult<IWorkspaceDirectory>(new WorkspaceDirectory(this, directory, options.Value.KeepFailedFor, time));
    }

    public async Task<BranchHead?> BranchHeadAsync(string cloneUrl, string? branch, GitCredentials? credentials, CancellationToken cancellationToken)
    {
        var url = RepositoryUrl.Parse(cloneUrl);
        string asked = branch is null ? "HEAD" : "refs/heads/" + branch;
        var answer = await git.RunAsync(null, credentials ?? sourceCredentials.For(url), null, cancellationToken, "ls-remote", "--symref", url.Url, asked);
        if (answer.ExitCode != 0)
        {
            throw new WorkspaceException($"git ls-remote {url.Url} failed with {answer.ExitCode}: {answer.Tail}");
        }

        string? name = branch;
        foreach (string line in answer.Lines)
        {
            var fields = line.Split('\t');
            if (fields.Length == 2 && fields[1] == "HEAD" && fields[0].StartsWith("ref: refs/heads/", StringComparison.Ordinal))
            {
                name ??= fields[0]["ref: refs/heads/".Length..];
            }
            else if (fields.Length == 2 && fields[1] == asked && CommitId().IsMatch(fields[0]) && name is not null)
            {
                return new BranchHead(name, fields[0]);
            }
        }

        return null;
    }

    public async Task<IReadOnlyList<string>> ChangedFilesAsync(string cloneUrl, string? baseCommit, string headCommit, GitCredentials? credentials, CancellationToken cancellationToken)
    {
        var url = RepositoryUrl.Parse(cloneUrl);
        if (!CommitId().IsMatch(headCommit) || baseCommit is not null && !CommitId().IsMatch(baseCommit))
        {
            throw new WorkspaceException($"commits are compared by their full ids, not '{baseCommit}' and '{headCommit}'");
        }

        return await mirrors.WithCommitAsync(url, headCommit, credentials ?? sourceCredentials.For(url), null, async mirror =>
        {
            bool compared = baseCommit is not null && baseCommit.Trim('0').Length > 0 && await mirrors.HasCommitAsync(mirror, baseCommit, cancellationToken);
            var answer = compared
                ? await git.RunAsync(mirror, null, null, cancellationToken, "-c", "core.quotePath=false", "diff", "--name-only", "--no-renames", baseCommit!, headCommit)
                : await git.RunAsync(mirror, null, null, cancellationToken, "-c", "core.quotePath=false", "diff-tree", "--no-commit-id", "--name-only", "--no-renames", "-r", "--root", "-m", "--first-parent", headCommit);
            if (answer.ExitCode != 0)
            {
                throw new WorkspaceException($"git {(compared ? "diff" : "diff-tree")} in the mirror of {url.Url} failed with {answer.ExitCode}: {answer.Tail}");
            }

            return (IReadOnlyList<string>)[.. answer.Lines.Where(line => line.Length > 0).Distinct(StringComparer.Ordinal)];
        }, cancellationToken);
    }

    /// <summary>Checks the request's commit out into <paramref name="directory"/>; removes the directory when that fails.</summary>
    public async Task CheckoutIntoAsync(string directory, CheckoutRequest request, CancellationToken cancellationToken)
    {
        var url = RepositoryUrl.Parse(request.CloneUrl);
        string commit = CommitOf(request);
        var credentials = request.Credentials ?? sourceCredentials.For(url);
        Directory.CreateDirectory(Root);
        try
        {
            await cloner.CloneAsync(directory, url, commit, credentials, request.Log, cancellationToken);
            if (request.Submodules)
            {
                await submodules.CheckoutAsync(directory, url, credentials, request.Log, depth: 0, cancellationToken);
            }
        }
        catch
        {
            DirectoryRemoval.Remove(directory);
            throw;
        }
    }

    private string NewDirectory(string name) => Path.Combine(Root, $"{name}-{Guid.NewGuid().ToString("N")[..8]}");

    private static string CommitOf(CheckoutRequest request)
    {
        string commit = request.Commit.Trim().ToLowerInvariant();
        return CommitId().IsMatch(commit)
            ? commit
            : throw new ArgumentException($"'{request.Commit}' is not a full commit id (40 or 64 hex digits)", nameof(request));
    }

    [GeneratedRegex("^(?:[0-9a-f]{40}|[0-9a-f]{64})$")]
    private static partial Regex CommitId();

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeInName();
}
