namespace Hooks.Contracts.Forges.GitLab;

/// <summary>A pipeline (<c>GET /projects/:id/pipelines</c>).</summary>
/// <param name="Id">The pipeline's id.</param>
/// <param name="Status">Its status (<c>running</c>, <c>success</c>, <c>failed</c>, ...).</param>
/// <param name="Ref">The branch or tag it ran for.</param>
/// <param name="Sha">The commit it ran for.</param>
/// <param name="Source">What started it (<c>push</c>, <c>schedule</c>, <c>web</c>, ...).</param>
/// <param name="WebUrl">Its page.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record GitLabPipeline(long Id, string Status, string? Ref, string Sha, string? Source, string? WebUrl, DateTimeOffset? UpdatedAt)
{
    /// <summary>When it was created. Contracts 2.1.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it finished, where GitLab says. Contracts 2.1.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
}
