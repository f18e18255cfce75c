using Hooks.Plugins.BuildControl.Model;

namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>One ref built for one platform and architecture (<c>src</c> builds the source RPM).</summary>
public sealed class TaskRecord
{
    public int Id { get; set; }

    public int BuildId { get; set; }

    public int PlatformId { get; set; }

    public PlatformRecord? Platform { get; set; }

    /// <summary>The ref's position in the build request; shared by all tasks of the ref.</summary>
    public int Index { get; set; }

    public required string Arch { get; set; }

    public BuildTaskStatus Status { get; set; }

    /// <summary>When the holder last took or pinged it: the lease runs from here.</summary>
    public DateTimeOffset? Ts { get; set; }

    /// <summary>The token (node) that holds the lease; only it may ping or report the task.</summary>
    public string? Node { get; set; }

    /// <summary>The token's name, to show.</summary>
    public string? NodeName { get; set; }

    public required string RefUrl { get; set; }

    public string? GitRef { get; set; }

    public RefType RefType { get; set; } = RefType.GitBranch;

    public string? GitCommitHash { get; set; }

    /// <summary>JSON object or null.</summary>
    public string? MockOptions { get; set; }

    public bool IsSecureBoot { get; set; }

    public string? BuiltSrpmUrl { get; set; }

    public string? SrpmHash { get; set; }

    public string? AlmaCommitCasHash { get; set; }

    public bool IsCasAuthenticated { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public List<ArtifactRecord> Artifacts { get; set; } = [];
}
