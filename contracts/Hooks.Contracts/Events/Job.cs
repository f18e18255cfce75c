namespace Hooks.Contracts.Events;

/// <summary>A CI job (GitLab: build; GitHub: workflow job) changed status.</summary>
public sealed record Job : HookEvent
{
    /// <summary>The forge's id of the job.</summary>
    public required long Id { get; init; }

    /// <summary>The job's name.</summary>
    public required string Name { get; init; }

    /// <summary>The stage, where the forge has stages.</summary>
    public string? Stage { get; init; }

    /// <summary>The status in the forge's words, lower case.</summary>
    public required string Status { get; init; }

    /// <summary>The pipeline (GitHub: workflow run) the job belongs to.</summary>
    public long? PipelineId { get; init; }

    /// <summary>The branch or tag.</summary>
    public string? Ref { get; init; }

    /// <summary>The commit.</summary>
    public string? Sha { get; init; }

    /// <summary>Why the job failed, where the forge says.</summary>
    public string? FailureReason { get; init; }

    /// <summary>The job's page, where given.</summary>
    public string? Url { get; init; }

    /// <summary>Whether the job may fail without failing its pipeline. Contracts 2.1.</summary>
    public bool AllowFailure { get; init; }

    /// <summary>The runner it ran on, where the forge says. Contracts 2.1.</summary>
    public CiRunner? Runner { get; init; }

    /// <summary>When it started, where given. Contracts 2.1.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it finished, where given. Contracts 2.1.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
}
