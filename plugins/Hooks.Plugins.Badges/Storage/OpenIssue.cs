namespace Hooks.Plugins.Badges.Storage;

/// <summary>An open issue of a tracked project, as of its last refresh, for the status page.</summary>
public sealed class OpenIssue
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string ProjectKey { get; set; }

    public long Iid { get; set; }

    public required string Title { get; set; }

    public required string WebUrl { get; set; }

    /// <summary>Its labels, one per line.</summary>
    public string Labels { get; set; } = "";

    public bool Confidential { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
