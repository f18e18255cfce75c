namespace Hooks.Plugins.Dashboard.Storage;

/// <summary>A pipeline of a watched project, from its webhook or the backfill. Times are Unix milliseconds (UTC).</summary>
public sealed class StoredPipeline
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string Source { get; set; }

    public required string ProjectPath { get; set; }

    public long PipelineId { get; set; }

    public string? Ref { get; set; }

    public string? Sha { get; set; }

    /// <summary>What started it (<c>schedule</c>, <c>push</c>, ...).</summary>
    public string? Trigger { get; set; }

    /// <summary>Who started it.</summary>
    public string? User { get; set; }

    public string Status { get; set; } = "";

    public long? CreatedMs { get; set; }

    public long? FinishedMs { get; set; }

    public string? WebUrl { get; set; }

    /// <summary>Whether its jobs were listed (by its webhook or the API), so a backfill need not list them again.</summary>
    public bool JobsListed { get; set; }

    public long UpdatedMs { get; set; }
}
