using Hooks.Contracts.Forges.GitLab;

namespace Hooks.Contracts.Forges;

/// <summary>GitLab's REST API (v4) for one source. <c>project</c> is a path (<c>group/project</c>) or a numeric id.</summary>
public interface IGitLabClient : IForgeClient
{
    /// <summary><c>GET /projects/:id</c>.</summary>
    Task<GitLabProject> ProjectAsync(string project, CancellationToken cancellationToken);

    /// <summary><c>GET /projects/:id/labels?include_ancestor_groups=true</c>: the project's labels and its groups'.</summary>
    Task<IReadOnlyList<GitLabLabel>> LabelsAsync(string project, CancellationToken cancellationToken);

    /// <summary><c>GET /projects/:id/issues?state=opened</c>.</summary>
    Task<IReadOnlyList<GitLabIssue>> OpenIssuesAsync(string project, CancellationToken cancellationToken);

    /// <summary><c>GET /projects/:id/issues?labels=...</c> with <paramref name="state"/> (<c>opened</c>, <c>closed</c>, or null for all).</summary>
    Task<IReadOnlyList<GitLabIssue>> IssuesByLabelAsync(string project, string label, string? state, CancellationToken cancellationToken);

    /// <summary><c>GET /projects/:id/badges</c>, the group's inherited badges included (<c>kind</c> <c>group</c>).</summary>
    Task<IReadOnlyList<GitLabBadge>> BadgesAsync(string project, CancellationToken cancellationToken);

    /// <summary><c>POST /projects/:id/badges</c>; never retried once sent.</summary>
    Task<GitLabBadge> CreateBadgeAsync(string project, GitLabBadgeFields badge, CancellationToken cancellationToken);

    /// <summary><c>PUT /projects/:id/badges/:badge_id</c>.</summary>
    Task<GitLabBadge> EditBadgeAsync(string project, long id, GitLabBadgeFields badge, CancellationToken cancellationToken);

    /// <summary><c>DELETE /projects/:id/badges/:badge_id</c>.</summary>
    Task DeleteBadgeAsync(string project, long id, CancellationToken cancellationToken);

    /// <summary><c>GET /projects/:id/pipelines</c> with the query's filters.</summary>
    Task<IReadOnlyList<GitLabPipeline>> PipelinesAsync(string project, GitLabPipelineQuery query, CancellationToken cancellationToken);

    /// <summary><c>GET /projects/:id/pipelines/:pipeline_id/jobs</c>, filtered by <c>scope[]</c> when given.</summary>
    Task<IReadOnlyList<GitLabJob>> JobsAsync(string project, long pipelineId, IReadOnlyList<string>? scopes, CancellationToken cancellationToken);

    /// <summary><c>GET /groups/:id/projects</c>, subgroups' projects included when <paramref name="includeSubgroups"/>.</summary>
    Task<IReadOnlyList<GitLabProject>> GroupProjectsAsync(string group, bool includeSubgroups, CancellationToken cancellationToken);
}
