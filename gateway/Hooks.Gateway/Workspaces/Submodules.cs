using System.Text.RegularExpressions;
using Hooks.Contracts.Platform;

namespace Hooks.Gateway.Workspaces;

/// <summary>
/// Submodules, recursively, each from a mirror of its own like the top repository, at the commit the checkout
/// records. <c>git submodule init</c> resolves relative URLs; the clone and checkout are ours (no
/// <c>submodule update</c>, so no <c>update = !command</c> from a repository runs). A submodule that points to another
/// server gets no credentials, and a <c>file</c> URL is followed only when the top repository is local too (as git's
/// own <c>protocol.file.allow=user</c> guards against).
/// </summary>
public sealed partial class Submodules(GitCli git, WorkspaceCloner cloner)
{
    private const int MaxDepth = 8;

    public async Task CheckoutAsync(string directory, RepositoryUrl top, GitCredentials? credentials, RunLogId? log, int depth, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(directory, ".gitmodules")) || depth >= MaxDepth)
        {
            return;
        }

        await git.RunCheckedAsync(directory, null, null, cancellationToken, "submodule", "init", "--quiet");
        var paths = await git.RunAsync(directory, null, null, cancellationToken, "config", "--file", ".gitmodules", "--get-regexp", @"^submodule\..*\.path$");
        foreach (string entry in paths.Lines)
        {
            if (PathEntry().Match(entry) is not { Success: true } match)
            {
                continue;
            }

            string name = match.Groups["name"].Value;
            string path = match.Groups["path"].Value;
            var recorded = await git.RunAsync(directory, null, null, cancellationToken, "ls-tree", "HEAD", "--", path);
            var configured = await git.RunAsync(directory, null, null, cancellationToken, "config", "--get", $"submodule.{name}.url");
            if (recorded.Lines.Count == 0 || Gitlink().Match(recorded.Lines[0]) is not { Success: true } gitlink || configured.ExitCode != 0)
            {
                continue;
            }

            var url = RepositoryUrl.Parse(configured.Lines[0]);
            if (url.Scheme == "file" && top.Scheme != "file")
            {
                throw new WorkspaceException($"submodule {path} points to a local path ({url.Url}); only local repositories may");
            }

            string target = Path.GetFullPath(Path.Combine(directory, path));
            if (!target.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new WorkspaceException($"submodule path {path} leaves the workspace");
            }

            await cloner.CloneAsync(target, url, gitlink.Groups["commit"].Value, url.SameServerAs(top) ? credentials : null, log, cancellationToken);
            await CheckoutAsync(target, url, url.SameServerAs(top) ? credentials : null, log, depth + 1, cancellationToken);
        }
    }

    [GeneratedRegex(@"^submodule\.(?<name>.+)\.path (?<path>.+)$")]
    private static partial Regex PathEntry();

    [GeneratedRegex(@"^160000 commit (?<commit>[0-9a-f]{40,64})\t")]
    private static partial Regex Gitlink();
}
