using Hooks.Plugins.BuildControl.Model;

namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>A plan to put builds' packages into a platform's production repositories, and its execution.</summary>
public sealed class ReleaseRecord
{
    public int Id { get; set; }

    public ReleaseStatus Status { get; set; } = ReleaseStatus.Scheduled;

    public int PlatformId { get; set; }

    /// <summary>JSON array of build ids.</summary>
    public string BuildIds { get; set; } = "[]";

    /// <summary>JSON array of build task ids, or null for every task of the builds.</summary>
    public string? BuildTaskIds { get; set; }

    /// <summary>JSON object: <c>packages</c> (each with the repositories it goes to), <c>repositories</c>, <c>last_log</c>.</summary>
    public string Plan { get; set; } = "{}";

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>While IN_PROGRESS: what the job does.</summary>
    public ReleaseAction? Action { get; set; }

    /// <summary>The Hangfire job of the action in progress, to tell a lost one on restart.</summary>
    public string? JobId { get; set; }

    /// <summary>Why it FAILED.</summary>
    public string? Error { get; set; }
}
