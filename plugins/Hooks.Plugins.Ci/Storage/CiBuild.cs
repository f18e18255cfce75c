namespace Hooks.Plugins.Ci.Storage;

/// <summary>One build of one commit, from its queueing to its end.</summary>
public sealed class CiBuild
{
    /// <summary>The build number, increasing across the installation (<c>BUILD_ID</c>).</summary>
    public long Id { get; set; }

    public required string Account { get; set; }

    public required string Repo { get; set; }

    public string AcctRepo => $"{Account}/{Repo}";

    /// <summary>The gateway source (forge installation) the repository is on, for commit statuses.</summary>
    public string? Source { get; set; }

    public required string CloneUrl { get; set; }

    /// <summary>The repository's default branch, where the forge said (its <c>ocelot.yml</c> there declares its subscriptions).</summary>
    public string? DefaultBranch { get; set; }

    /// <summary>The branch built (a pull request's source branch).</summary>
    public required string Branch { get; set; }

    public required string Hash { get; set; }

    public BuildStatus Status { get; set; }

    public SignaledBy SignaledBy { get; set; }

    /// <summary>The Hangfire queue: <c>ci</c>, or <c>ci-&lt;machineTag&gt;</c>.</summary>
    public string Queue { get; set; } = CiPlugin.Queue;

    /// <summary>The <c>ocelot.yml</c> text read at <see cref="Hash"/>, validated when the build was queued.</summary>
    public string? Config { get; set; }

    /// <summary>Paths the push changed, for <c>\filepath</c>.</summary>
    public List<string> Files { get; set; } = [];

    /// <summary>Commit messages of the push, for <c>\text</c>.</summary>
    public List<string> Messages { get; set; } = [];

    public long? PullRequest { get; set; }

    public string? RequestedBy { get; set; }

    public string? DeliveryId { get; set; }

    /// <summary>The build whose passing started this one (<see cref="SignaledBy.Subscribed"/>), and under which alias.</summary>
    public long? UpstreamBuildId { get; set; }

    public string? UpstreamAlias { get; set; }

    /// <summary>What ended a build that did not pass.</summary>
    public string? Reason { get; set; }

    public DateTimeOffset QueueTime { get; set; }

    public DateTimeOffset? BuildTime { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The attempt that holds the build while it runs; every write of a running build is fenced by it.</summary>
    public Guid? RunnerId { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    public int Attempts { get; set; }

    public bool KillRequested { get; set; }

    public string? JobId { get; set; }

    public bool Failed => Status is BuildStatus.Failed or BuildStatus.FailedPrestart;

    public bool IsOver => Status is not (BuildStatus.Queued or BuildStatus.Running);

    public TimeSpan? Duration => BuildTime is { } started && FinishedAt is { } finished ? finished - started : null;
}
