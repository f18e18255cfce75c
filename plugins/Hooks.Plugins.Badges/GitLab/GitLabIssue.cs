namespace Hooks.Plugins.Badges.GitLab;

/// <summary>What the plugin reads of <c>GET /projects/:id/issues</c>.</summary>
public sealed record GitLabIssue(long Iid, string Title, string WebUrl, IReadOnlyList<string> Labels, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>Confidential issues count for the status but their titles are never shown.</summary>
    public bool Confidential { get; init; }
}
