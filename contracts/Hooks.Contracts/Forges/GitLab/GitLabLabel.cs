namespace Hooks.Contracts.Forges.GitLab;

/// <summary>A label (<c>GET /projects/:id/labels</c>).</summary>
/// <param name="Name">The label's name.</param>
/// <param name="Color">Its colour (<c>#RRGGBB</c>).</param>
public sealed record GitLabLabel(string Name, string Color);
