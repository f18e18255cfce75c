namespace Hooks.Gateway.Forges.GitLab;

/// <summary>What is read of <c>GET /projects/:id/repository/branches/:branch</c>.</summary>
public sealed record GitLabBranch(string Name, GitLabCommit Commit);
