namespace Hooks.Gateway.Forges.GitLab;

/// <summary>What is read of a commit's diff entry (<c>GET /projects/:id/repository/commits/:sha/diff</c>).</summary>
public sealed record GitLabDiff(string OldPath, string NewPath);
