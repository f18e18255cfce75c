namespace Hooks.Gateway.Forges.GitLab;

/// <summary>What is read of a commit.</summary>
public sealed record GitLabCommit(string Id, string Message);
