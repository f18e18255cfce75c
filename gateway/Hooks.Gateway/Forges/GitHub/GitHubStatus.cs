namespace Hooks.Gateway.Forges.GitHub;

/// <summary>The body of a commit status; GitHub and Gitea take the same fields.</summary>
public sealed record GitHubStatus(string State, string? TargetUrl, string? Description, string Context);
