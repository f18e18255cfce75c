using System.Runtime.CompilerServices;
using Hooks.Contracts.Platform;

namespace Hooks.Gateway.RunLogs;

/// <summary><see cref="IRunLogs"/> on the gateway's store; appends and completions wake this process's followers.</summary>
public sealed class StoredRunLogs(RunLogStore store, RunLogSignal signal, RunLogFollower follower, TimeProvider time) : IRunLogs
{
    public async Task<long> AppendAsync(RunLogId run, IReadOnlyList<OutputLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        long last = await store.AppendAsync(run, lines, time.GetUtcNow(), cancellationToken);
        signal.Pulse();
        return last;
    }

    public Task<IReadOnlyList<RunLogLine>> ReadAsync(RunLogId run, long after, int max, CancellationToken cancellationToken) =>
        store.ReadAsync(run, after, max, cancellationToken);

    public Task<RunLogInfo?> FindAsync(RunLogId run, CancellationToken cancellationToken) => store.FindAsync(run, cancellationToken);

    public async IAsyncEnumerable<RunLogLine> FollowAsync(RunLogId run, long after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var step = await follower.NextAsync(run, after, TimeSpan.FromMinutes(1), cancellationToken);
            foreach (var line in step.Lines)
            {
                after = line.Number;
                yield return line;
            }

            if (step.Ended)
            {
                yield break;
            }
        }
    }

    public async Task CompleteAsync(RunLogId run, CancellationToken cancellationToken)
    {
        await store.CompleteAsync(run, time.GetUtcNow(), cancellationToken);
        signal.Pulse();
    }
}
