namespace Hooks.Plugins.Dashboard.Storage;

/// <summary>A job of a watched project, kept even when it arrives before its pipeline. Times are Unix milliseconds (UTC).</summary>
public sealed class StoredJob
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string Source { get; set; }

    public required string ProjectPath { get; set; }

    public long JobId { get; set; }

    public long PipelineId { get; set; }

    public string Name { get; set; } = "";

    public string? Stage { get; set; }

    public string Status { get; set; } = "";

    public bool AllowFailure { get; set; }

    public string? FailureReason { get; set; }

    public long? RunnerId { get; set; }

    public string? RunnerDescription { get; set; }

    public long? StartedMs { get; set; }

    public long? FinishedMs { get; set; }

    public string? WebUrl { get; set; }

    public LogState Log { get; set; }

    /// <summary>The errors its log yielded, as JSON (<see cref="Patterns.FoundError"/>); null until classified.</summary>
    public string? Errors { get; set; }

    /// <summary>Its Julia dependency list, as JSON (<see cref="Patterns.Dependency"/>); null when the log had none.</summary>
    public string? Dependencies { get; set; }

    /// <summary>What went wrong classifying it (a pattern that timed out), one per line.</summary>
    public string? Problems { get; set; }

    public long UpdatedMs { get; set; }
}
