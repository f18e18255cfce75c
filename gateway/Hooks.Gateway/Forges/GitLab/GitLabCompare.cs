namespace Hooks.Gateway.Forges.GitLab;

/// <summary>What is read of <c>GET /projects/:id/repository/compare</c>.</summary>
public sealed record GitLabCompare(IReadOnlyList<GitLabCommit> Commits);
