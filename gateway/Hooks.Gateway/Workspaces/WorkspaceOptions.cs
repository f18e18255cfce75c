namespace Hooks.Gateway.Workspaces;

/// <summary><c>Hooks:Workspaces</c>: git checkouts under the data directory.</summary>
public sealed class WorkspaceOptions
{
    /// <summary>How long a workspace marked failed is kept after it is disposed, for a person to look at.</summary>
    public TimeSpan KeepFailedFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A workspace left by a process that died (never disposed) is removed once untouched this long.</summary>
    public TimeSpan AbandonedAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often each worker process sweeps its data directory for expired workspaces.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The git program.</summary>
    public string Git { get; set; } = "git";

    /// <summary>How long one git command (a fetch, a checkout) may take before it is killed.</summary>
    public TimeSpan GitTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a checkout waits for another process's fetch into the same mirror.</summary>
    public TimeSpan MirrorLockTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
