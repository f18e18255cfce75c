using Hooks.Contracts.Forges;
using Hooks.Plugins.Badges.Projects;

namespace Hooks.Plugins.Badges.GitLab;

/// <summary>
/// The gateway's GitLab client of a project: its source's, or one made for the project's own <c>ApiUrl</c> and
/// <c>Token</c>. HTTP, pagination and resilience are the gateway's.
/// </summary>
public sealed class BadgesGitLab(IForgeClients forges)
{
    public IGitLabClient For(BadgeProject project) => project switch
    {
        { Problem: { } problem } => throw new InvalidOperationException($"project '{project.Key}' cannot be reached: {problem}"),
        { ApiBase: { } address, Token: { } token } => forges.GitLab(address, token),
        { ApiSource: { } source } => forges.GitLab(source),
        _ => throw new InvalidOperationException($"project '{project.Key}' has neither a source nor an address"),
    };

    /// <summary>GitLab's refusal, with what to check: the token needs the api scope and the Maintainer role.</summary>
    public static Exception Explain(ForgeApiException error) => error is { Status: System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden, Path: { } path }
        ? new InvalidOperationException(
            error.Message.Replace($"{path}: ", $"{path} (check the project's Token: it needs the api scope and the Maintainer role to edit badges): ", StringComparison.Ordinal),
            error)
        : error;
}
