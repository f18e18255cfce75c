using Hooks.Plugins.Badges.Projects;

namespace Hooks.Plugins.Badges.GitLab;

/// <summary>Hands out the API of one project on the plugin's resilient HTTP client.</summary>
public sealed class GitLabApiFactory(IHttpClientFactory clients)
{
    public const string ClientName = "badges-gitlab";

    public GitLabApi For(BadgeProject project) => project is { ApiBase: { } root, Token: { } token, Problem: null }
        ? new GitLabApi(clients.CreateClient(ClientName), root, token, project.Key)
        : throw new InvalidOperationException($"project '{project.Key}' cannot be reached: {project.Problem}");
}
