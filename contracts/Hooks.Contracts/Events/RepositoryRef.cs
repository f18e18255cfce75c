namespace Hooks.Contracts.Events;

/// <summary>The repository (GitLab: project) an event happened in.</summary>
/// <param name="Id">The forge's own id of the repository, as text (numeric on most forges, a UUID on Bitbucket Cloud).</param>
/// <param name="FullName">Owner and name, such as <c>group/sub/project</c>; Bitbucket Server gives <c>PROJECT/repo</c>.</param>
/// <param name="WebUrl">The repository's page, where the forge gives it.</param>
/// <param name="CloneUrl">The HTTPS clone URL, where the forge gives it.</param>
/// <param name="DefaultBranch">The default branch, where the forge gives it.</param>
public sealed record RepositoryRef(
    string Id,
    string FullName,
    string? WebUrl,
    string? CloneUrl,
    string? DefaultBranch);
