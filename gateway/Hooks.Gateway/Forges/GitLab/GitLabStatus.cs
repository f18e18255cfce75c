namespace Hooks.Gateway.Forges.GitLab;

/// <summary>The body of <c>POST /projects/:id/statuses/:sha</c>.</summary>
public sealed record GitLabStatus(string State, string Name, string? Description, string? TargetUrl);
