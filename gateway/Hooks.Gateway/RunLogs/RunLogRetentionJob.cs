using System.ComponentModel;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.RunLogs;

/// <summary>
/// Deletes run logs not written to for <c>Hooks:RunLogs:KeepDays</c>, a hundred runs per transaction, so a large log
/// never holds a long lock.
/// </summary>
public sealed partial class RunLogRetentionJob(RunLogStore store, TimeProvider time, IOptions<RunLogOptions> options, ILogger<RunLogRetentionJob> logger)
{
    public const string RecurringId = "hooks-run-log-retention";

    private const int Chunk = 100;

    [DisplayName("Delete run logs older than the retention")]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow() - TimeSpan.FromDays(options.Value.KeepDays);
        int deleted = 0;
        for (int round; (round = await store.DeleteOlderThanAsync(before, Chunk, cancellationToken)) > 0;)
        {
            deleted += round;
        }

        Log.Deleted(logger, deleted, before);
        return deleted;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Run log retention deleted {Count} logs last written before {Before}")]
        public static partial void Deleted(ILogger logger, int count, DateTimeOffset before);
    }
}
