namespace Hooks.Contracts.Forges.GitLab;

/// <summary>The runner of a job (<c>runner</c> in a job object).</summary>
/// <param name="Id">The runner's id.</param>
/// <param name="Description">Its description.</param>
public sealed record GitLabRunner(long Id, string? Description);
