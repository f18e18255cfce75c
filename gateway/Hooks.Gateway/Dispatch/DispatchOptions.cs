namespace Hooks.Gateway.Dispatch;

/// <summary><c>Hooks:Dispatch</c>: how stored deliveries become plugin jobs.</summary>
public sealed class DispatchOptions
{
    /// <summary>Deliveries claimed per round.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How often to look for deliveries when nothing signalled (another instance's, or a lost wake-up).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claimed delivery stays with one dispatcher before another may take it.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a run holds its pairs without renewing (it renews every third of it while its handlers work): a run
    /// whose process died is run again this long after its last renewal.
    /// </summary>
    public TimeSpan RunLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Loops per plugin lane in this process: how many of a plugin's handlers run at once here.</summary>
    public int LaneWorkers { get; set; } = 4;

    /// <summary>Pairs a lane loop takes per round.</summary>
    public int LaneBatchSize { get; set; } = 50;

    /// <summary>A handler still running after this hands the rest of its loop's batch back to the other loops.</summary>
    public TimeSpan SlowHandlerAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often an idle lane looks for work nothing signalled (another process's, or a lease that ran out).</summary>
    public TimeSpan LanePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts per delivery and plugin, the first included, before the outcome is failed for good.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Seconds between attempts, one entry per retry; empty: Hangfire's growing back-off.</summary>
    public int[] RetryDelaysSeconds { get; set; } = [];

    /// <summary>
    /// Deliveries dispatched per second while this process answers a burst (requests queueing for the store): the
    /// cores go to the answers, forges give up after seconds; dispatch catches up after. 0 pauses it for the burst.
    /// </summary>
    public int RateUnderLoad { get; set; } = 10;

    /// <summary>
    /// Hangfire workers in this process for delivery retries and the <c>default</c> queue; plugin queues have workers
    /// of their own (Hangfire's default, 5 per core, idles at a cost on small machines).
    /// </summary>
    [Ops.Reference.DefaultText("2 per core, at least 2")]
    public int Workers { get; set; } = Math.Max(2, Environment.ProcessorCount * 2);
}
