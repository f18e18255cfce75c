namespace Hooks.Contracts.Platform;

/// <summary>A run log's state.</summary>
/// <param name="Run">Which log.</param>
/// <param name="Lines">How many lines it has.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When a line was last appended (or it was completed).</param>
/// <param name="CompletedAt">When the run was marked finished, or null while it runs.</param>
public sealed record RunLogInfo(RunLogId Run, long Lines, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? CompletedAt)
{
    /// <summary>Whether the run was marked finished.</summary>
    public bool IsCompleted => CompletedAt is not null;
}
