namespace Hooks.Gateway.RunLogs;

/// <summary><c>Hooks:RunLogs</c>: how long run logs are kept and how followers learn of new lines.</summary>
public sealed class RunLogOptions
{
    /// <summary>Logs not written to for this many days are deleted, lines and all.</summary>
    public int KeepDays { get; set; } = 30;

    /// <summary>When the retention job runs (cron, UTC).</summary>
    public string Cron { get; set; } = "47 * * * *";

    /// <summary>
    /// How often a follower asks the store for new lines. Lines appended in the same process wake followers at once;
    /// lines a worker process appends are seen within this interval.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a server-sent events stream may be silent before it sends a comment to keep proxies from closing it.</summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Anyone may read and follow logs, without a token (off: the admin token, like every undeclared route).</summary>
    public bool Public { get; set; }
}
