using Hooks.Contracts.Platform;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.RunLogs;

/// <summary>
/// One step of following a log: the lines after a number as soon as there are any, waiting (for this process's
/// signal, or polling the store) at most a given time; or the end, once the run is completed and every line given.
/// </summary>
public sealed class RunLogFollower(RunLogStore store, RunLogSignal signal, IOptions<RunLogOptions> options)
{
    public const int MaxBatch = 1000;

    public async Task<FollowStep> NextAsync(RunLogId run, long after, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + maxWait;
        while (true)
        {
            var wake = signal.Next;
            var info = await store.FindAsync(run, cancellationToken);
            if (info is not null && info.Lines > after)
            {
                return new FollowStep(await store.ReadAsync(run, after, MaxBatch, cancellationToken), Ended: false);
            }

            if (info is { IsCompleted: true })
            {
                return new FollowStep([], Ended: true);
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                return new FollowStep([], Ended: false);
            }

            var poll = options.Value.PollInterval < left ? options.Value.PollInterval : left;
            await Task.WhenAny(wake, Task.Delay(poll, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
