namespace Hooks.Contracts.Forges.GitLab;

/// <summary>A badge (<c>GET /projects/:id/badges</c>); <c>kind</c> is <c>group</c> for badges inherited from a group.</summary>
/// <param name="Id">The badge's id.</param>
/// <param name="Name">Its name, where it has one.</param>
/// <param name="LinkUrl">Where it links.</param>
/// <param name="ImageUrl">Its image.</param>
/// <param name="Kind"><c>project</c> or <c>group</c>.</param>
public sealed record GitLabBadge(long Id, string? Name, string LinkUrl, string ImageUrl, string? Kind);
