namespace Hooks.Plugins.Badges.Storage;

/// <summary>What the last refresh learnt of a configured project, and whether it worked.</summary>
public sealed class TrackedProject
{
    /// <summary>The configured path or id (<see cref="Projects.BadgeProject.Key"/>).</summary>
    public required string Key { get; set; }

    public long? GitLabId { get; set; }

    public string? Path { get; set; }

    public string? WebUrl { get; set; }

    public DateTimeOffset? RefreshedAt { get; set; }

    /// <summary>Why the last refresh failed; null after a good one.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset? LastErrorAt { get; set; }

    /// <summary>The Hangfire job of the last refresh asked for, so that requests while it waits join it.</summary>
    public string? PendingJobId { get; set; }
}
