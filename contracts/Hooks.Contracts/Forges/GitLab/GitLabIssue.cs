namespace Hooks.Contracts.Forges.GitLab;

/// <summary>What is read of an issue (<c>GET /projects/:id/issues</c>).</summary>
/// <param name="Iid">The issue's number in its project.</param>
/// <param name="Title">Its title.</param>
/// <param name="WebUrl">Its page.</param>
/// <param name="Labels">Its labels' names.</param>
/// <param name="CreatedAt">When it was opened.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record GitLabIssue(long Iid, string Title, string WebUrl, IReadOnlyList<string> Labels, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>Whether the issue is confidential.</summary>
    public bool Confidential { get; init; }

    /// <summary><c>opened</c> or <c>closed</c>.</summary>
    public string? State { get; init; }
}
