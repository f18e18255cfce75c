namespace Hooks.Gateway.Retention;

/// <summary><c>Hooks:Inbox</c>: how long deliveries are kept.</summary>
public sealed class RetentionOptions
{
    /// <summary>Deliveries older than this whose outcomes are all final are deleted, with their dispatch and outcome rows.</summary>
    public int KeepDays { get; set; } = 30;

    /// <summary>When the retention job runs (cron, UTC).</summary>
    public string Cron { get; set; } = "17 * * * *";
}
