namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>A build: refs × platforms × architectures, each a <see cref="TaskRecord"/>. It is finished when no task is IDLE or STARTED.</summary>
public sealed class BuildRecord
{
    public int Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public required string CreatedBy { get; set; }

    public string? CreatedByEmail { get; set; }

    /// <summary>JSON object or null: mock options applied to every task.</summary>
    public string? MockOptions { get; set; }

    /// <summary>JSON array of build ids whose repositories the tasks also use.</summary>
    public string LinkedBuilds { get; set; } = "[]";

    public bool IsSecureBoot { get; set; }

    /// <summary>The delivery a trigger made it from; unique, so a replayed delivery cannot make a second build.</summary>
    public string? DeliveryId { get; set; }

    /// <summary>No test tasks are made when its last task finishes.</summary>
    public bool SkipTests { get; set; }

    /// <summary>A sign task completed for it.</summary>
    public bool IsSigned { get; set; }

    /// <summary>The release that last put its packages into production repositories (cleared by a revert).</summary>
    public int? ReleaseId { get; set; }

    public List<TaskRecord> Tasks { get; set; } = [];
}
