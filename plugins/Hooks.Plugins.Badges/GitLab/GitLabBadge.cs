namespace Hooks.Plugins.Badges.GitLab;

/// <summary>A project badge (<c>GET /projects/:id/badges</c>); <c>kind</c> is <c>group</c> for badges inherited from a group.</summary>
public sealed record GitLabBadge(long Id, string? Name, string LinkUrl, string ImageUrl, string? Kind);
