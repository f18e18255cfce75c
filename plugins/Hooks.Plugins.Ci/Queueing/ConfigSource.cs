using Hooks.Contracts.Platform;
using Hooks.Plugins.Ci.Configuration;

namespace Hooks.Plugins.Ci.Queueing;

/// <summary>Reads <c>ocelot.yml</c> at an exact commit, from a checkout of the platform's workspaces.</summary>
public sealed class ConfigSource(IWorkspaces workspaces)
{
    /// <summary>The file's text, or null when the commit has none.</summary>
    /// <exception cref="WorkspaceException">The commit could not be checked out.</exception>
    public async Task<string?> ReadAsync(string cloneUrl, string hash, CancellationToken cancellationToken)
    {
        await using var workspace = await workspaces.CheckoutAsync(new CheckoutRequest(cloneUrl, hash) { Submodules = false }, cancellationToken);
        string path = Path.Combine(workspace.Path, OcelotYaml.FileName);
        return File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : null;
    }
}
