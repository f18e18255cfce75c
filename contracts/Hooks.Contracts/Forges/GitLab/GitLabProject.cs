namespace Hooks.Contracts.Forges.GitLab;

/// <summary>What is read of a GitLab project (<c>GET /projects/:id</c>).</summary>
/// <param name="Id">The project's numeric id.</param>
/// <param name="PathWithNamespace">Its full path (<c>group/project</c>).</param>
/// <param name="WebUrl">Its page.</param>
public sealed record GitLabProject(long Id, string PathWithNamespace, string WebUrl)
{
    /// <summary>The default branch, where there is one.</summary>
    public string? DefaultBranch { get; init; }

    /// <summary>Whether the project is archived. Contracts 2.1.</summary>
    public bool Archived { get; init; }
}
