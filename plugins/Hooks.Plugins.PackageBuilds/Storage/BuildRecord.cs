namespace Hooks.Plugins.PackageBuilds.Storage;

/// <summary>One build (or one ignored push), from the request to its end.</summary>
public sealed class BuildRecord
{
    public Guid Id { get; set; }

    /// <summary>The repository's name as in <c>repos</c>.</summary>
    public required string Repository { get; set; }

    /// <summary>Owner and name on the forge (for commit statuses), where known.</summary>
    public string? FullName { get; set; }

    /// <summary>The branch built, or null for an ignored tag push.</summary>
    public string? Branch { get; set; }

    public required string Ref { get; set; }

    /// <summary>The commit built; null until a build of a branch's head has read where the branch points.</summary>
    public string? Commit { get; set; }

    public BuildTrigger Trigger { get; set; }

    /// <summary>The bootstrap commit to build beside: the pushed one for a bootstrap push, else null (its head at build time).</summary>
    public string? BootstrapCommit { get; set; }

    /// <summary>Whoever pushed, or asked by hand (the API token's name).</summary>
    public string? RequestedBy { get; set; }

    public string? PusherName { get; set; }

    public string? PusherEmail { get; set; }

    public string? DeliveryId { get; set; }

    public BuildStatus Status { get; set; }

    /// <summary>Why a push was ignored, or what ended a build that did not succeed.</summary>
    public string? Reason { get; set; }

    /// <summary>The last exit code of a script that ran.</summary>
    public int? ExitCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The attempt that holds the build while it runs; every write of a running build is fenced by it.</summary>
    public Guid? RunnerId { get; set; }

    /// <summary>Until when the running attempt is known alive (renewed while it runs).</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public int Attempts { get; set; }

    public bool CancelRequested { get; set; }

    /// <summary>The Hangfire job that runs the build.</summary>
    public string? JobId { get; set; }

    public TimeSpan? Duration => StartedAt is { } started && FinishedAt is { } finished ? finished - started : null;

    public bool IsOver => Status is not (BuildStatus.Queued or BuildStatus.Running);
}
