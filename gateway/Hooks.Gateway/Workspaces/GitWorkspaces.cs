using System.Text.RegularExpressions;
using Hooks.Contracts.Platform;
using Hooks.Gateway.Storage;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Workspaces;

/// <summary>
/// Exact-commit checkouts in fresh directories under <c>{data}/workspaces</c>, submodules included; a directory that
/// could not be checked out completely is removed at once.
/// </summary>
public sealed partial class GitWorkspaces(
    WorkspaceCloner cloner, Submodules submodules, StorageSettings storage, IOptions<WorkspaceOptions> options, TimeProvider time) : IWorkspaces
{
    public string Root => Path.Combine(storage.DataDirectory, "workspaces");

    public async Task<IWorkspace> CheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = RepositoryUrl.Parse(request.CloneUrl);
        string commit = request.Commit.Trim().ToLowerInvariant();
        if (!CommitId().IsMatch(commit))
        {
            throw new ArgumentException($"'{request.Commit}' is not a full commit id (40 or 64 hex digits)", nameof(request));
        }

        string directory = Path.Combine(Root, $"{url.Name}-{commit[..12]}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(Root);
        try
        {
            await cloner.CloneAsync(directory, url, commit, request.Credentials, request.Log, cancellationToken);
            if (request.Submodules)
            {
                await submodules.CheckoutAsync(directory, url, request.Credentials, request.Log, depth: 0, cancellationToken);
            }
        }
        catch
        {
            DirectoryRemoval.Remove(directory);
            throw;
        }

        return new Workspace(directory, commit, url.Url, options.Value.KeepFailedFor, time);
    }

    [GeneratedRegex("^(?:[0-9a-f]{40}|[0-9a-f]{64})$")]
    private static partial Regex CommitId();
}
