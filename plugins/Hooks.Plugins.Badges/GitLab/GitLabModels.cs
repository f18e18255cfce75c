namespace Hooks.Plugins.Badges.GitLab;

/// <summary>What the plugin reads of <c>GET /projects/:id</c>.</summary>
public sealed record GitLabProject(long Id, string PathWithNamespace, string WebUrl);

/// <summary>What the plugin reads of <c>GET /projects/:id/labels</c>.</summary>
public sealed record GitLabLabel(string Name, string Color);

/// <summary>What the plugin reads of <c>GET /projects/:id/issues</c>.</summary>
public sealed record GitLabIssue(long Iid, string Title, string WebUrl, IReadOnlyList<string> Labels, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>Confidential issues count for the status but their titles are never shown.</summary>
    public bool Confidential { get; init; }
}

/// <summary>A project badge (<c>GET /projects/:id/badges</c>); <c>kind</c> is <c>group</c> for badges inherited from a group.</summary>
public sealed record GitLabBadge(long Id, string? Name, string LinkUrl, string ImageUrl, string? Kind);

/// <summary>What a badge is made of, as sent to create or edit one.</summary>
public sealed record BadgeFields(string Name, string LinkUrl, string ImageUrl);
