namespace Hooks.Gateway.Dispatch;

/// <summary><c>Hooks:Jobs</c>: how workers find new jobs in PostgreSQL.</summary>
public sealed class JobStorageOptions
{
    /// <summary>
    /// Wait for new jobs with LISTEN/NOTIFY instead of polling. Off: PostgreSQL wakes every listening worker on each
    /// job, which measured slower than polling at 200 ms, for both ingest and latency.
    /// </summary>
    public bool LongPolling { get; set; }

    /// <summary>How often an idle worker looks for jobs (Hangfire.PostgreSql's minimum is 50 ms).</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How long a job fetched by a worker that stopped answering (killed, its machine lost) stays invisible before
    /// another worker takes it again. Running jobs renew it, so it bounds only how long a dead worker's jobs wait.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a lock that a worker took and never released (killed in a job's state change) blocks others: until
    /// then that job cannot start anywhere. Hangfire.PostgreSql's own default is ten minutes; locks here are held for
    /// milliseconds (state changes) or seconds (a badge refresh), never for a whole run.
    /// </summary>
    public TimeSpan DistributedLockTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
