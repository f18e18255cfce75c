namespace Hooks.Plugins.Badges.GitLab;

/// <summary>What the plugin reads of <c>GET /projects/:id/labels</c>.</summary>
public sealed record GitLabLabel(string Name, string Color);
