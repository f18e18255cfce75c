using System.ComponentModel;
using Hangfire;
using Hooks.Gateway.Inbox;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Retention;

/// <summary>
/// Deletes deliveries older than <c>Hooks:Inbox:KeepDays</c> whose outcomes are all final, a thousand per
/// transaction, so the tables stay bounded without long locks. Undispatched or unfinished deliveries are kept.
/// </summary>
public sealed partial class RetentionJob(IInboxStore store, TimeProvider time, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger)
{
    public const string RecurringId = "hooks-retention";

    private const int Chunk = 1000;

    [DisplayName("Delete deliveries older than the retention")]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow() - TimeSpan.FromDays(options.Value.KeepDays);
        int deleted = 0;
        for (int round; (round = await store.DeleteFinishedAsync(before, Chunk, cancellationToken)) > 0;)
        {
            deleted += round;
        }

        Log.Deleted(logger, deleted, before);
        return deleted;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Count} deliveries received before {Before}")]
        public static partial void Deleted(ILogger logger, int count, DateTimeOffset before);
    }
}
