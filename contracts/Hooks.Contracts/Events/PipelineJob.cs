namespace Hooks.Contracts.Events;

/// <summary>A job as listed in a pipeline event.</summary>
/// <param name="Id">The forge's id of the job.</param>
/// <param name="Name">The job's name.</param>
/// <param name="Stage">The stage the job belongs to, where the forge has stages.</param>
/// <param name="Status">The job's status in the forge's words, lower case.</param>
public sealed record PipelineJob(long Id, string Name, string? Stage, string Status)
{
    /// <summary>Whether the job may fail without failing its pipeline. Contracts 2.1.</summary>
    public bool AllowFailure { get; init; }

    /// <summary>Why the job failed, where the forge says. Contracts 2.1.</summary>
    public string? FailureReason { get; init; }

    /// <summary>The runner it ran on, where the forge says. Contracts 2.1.</summary>
    public CiRunner? Runner { get; init; }

    /// <summary>When it started, where given. Contracts 2.1.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it finished, where given. Contracts 2.1.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
}
