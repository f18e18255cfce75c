namespace Hooks.Plugins.Badges.GitLab;

/// <summary>What the plugin reads of <c>GET /projects/:id</c>.</summary>
public sealed record GitLabProject(long Id, string PathWithNamespace, string WebUrl);
