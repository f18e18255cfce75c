namespace Hooks.Contracts.Forges.GitLab;

/// <summary>Filters of <c>GET /projects/:id/pipelines</c>; a null filter is not sent.</summary>
public sealed record GitLabPipelineQuery
{
    /// <summary><c>username</c>: pipelines triggered by this user.</summary>
    public string? Username { get; init; }

    /// <summary><c>source</c>: <c>push</c>, <c>schedule</c>, <c>web</c>, <c>api</c>, ...</summary>
    public string? Source { get; init; }

    /// <summary><c>updated_after</c>.</summary>
    public DateTimeOffset? UpdatedAfter { get; init; }

    /// <summary><c>ref</c>: a branch or tag.</summary>
    public string? Ref { get; init; }

    /// <summary><c>status</c>.</summary>
    public string? Status { get; init; }

    /// <summary><c>scope</c>: <c>running</c>, <c>pending</c>, <c>finished</c>, <c>branches</c>, <c>tags</c>.</summary>
    public string? Scope { get; init; }
}
