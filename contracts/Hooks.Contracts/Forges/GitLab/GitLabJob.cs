namespace Hooks.Contracts.Forges.GitLab;

/// <summary>A job of a pipeline (<c>GET /projects/:id/pipelines/:pipeline_id/jobs</c>).</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Stage">Its stage.</param>
/// <param name="Status">Its status (<c>success</c>, <c>failed</c>, ...).</param>
/// <param name="WebUrl">Its page.</param>
public sealed record GitLabJob(long Id, string Name, string? Stage, string Status, string? WebUrl)
{
    /// <summary>Why it failed, where GitLab says (<c>script_failure</c>, ...).</summary>
    public string? FailureReason { get; init; }

    /// <summary>Whether it was allowed to fail.</summary>
    public bool AllowFailure { get; init; }

    /// <summary>The runner it ran on (null when none picked it up). Contracts 2.1.</summary>
    public GitLabRunner? Runner { get; init; }

    /// <summary>When it started. Contracts 2.1.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it finished. Contracts 2.1.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
}
