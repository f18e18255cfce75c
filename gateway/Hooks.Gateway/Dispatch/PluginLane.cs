using System.Diagnostics;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Plugins;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// One plugin's lane: runs its pending pairs straight from the ledger, a batch per store round trip, so a delivery
/// costs its handler and a share of three queries instead of a Hangfire job. Several loops per lane; a slow or failing
/// plugin only holds its own lane, and a handler slower than <c>SlowHandlerAfter</c> hands the rest of its batch back to
/// the other loops. Successes are recorded every few milliseconds, fenced by the run id.
/// </summary>
public sealed partial class PluginLane(
    LoadedPlugin plugin,
    IInboxStore store,
    PluginRun run,
    FailedRuns failures,
    DispatchSignal signal,
    DispatchOptions options,
    ILogger logger)
{
    private static readonly TimeSpan FlushEvery = TimeSpan.FromMilliseconds(20);

    /// <summary>Runs until stopped; loop 0 also polls, for other processes' pairs and leases that ran out.</summary>
    public async Task RunLoopAsync(int loop, CancellationToken stoppingToken)
    {
        var idleWait = loop == 0 ? options.LanePollInterval : TimeSpan.FromSeconds(30);
        while (!stoppingToken.IsCancellationRequested && plugin.IsActive) // a plugin broken after start stops taking pairs
        {
            try
            {
                int ran = await RunBatchAsync(stoppingToken);
                if (ran == options.LaneBatchSize)
                {
                    signal.Pulse(); // more is waiting: wake a sibling loop
                }
                else if (ran == 0)
                {
                    await signal.WaitAsync(idleWait, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The lane outlives a store outage: what it held runs again when its lease ends.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.RoundFailed(logger, plugin.Id, exception);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    /// <summary>Claims and runs one batch; returns how many pairs it claimed.</summary>
    public async Task<int> RunBatchAsync(CancellationToken stoppingToken)
    {
        var runId = Guid.NewGuid();
        var claimed = await store.ClaimRunsAsync(plugin.Id, options.LaneBatchSize, runId, options.RunLease, stoppingToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var succeeded = new List<Guid>();
        int next = 0;
        await using (new RunLease(store, plugin.Id, runId, options.RunLease, logger))
        {
            long lastFlush = Stopwatch.GetTimestamp();
            for (; next < claimed.Count && !stoppingToken.IsCancellationRequested; next++)
            {
                if (succeeded.Count > 0 && Stopwatch.GetElapsedTime(lastFlush) > FlushEvery)
                {
                    await store.FinishRunAsync(plugin.Id, runId, succeeded, RunFinish.Succeeded, CancellationToken.None);
                    succeeded.Clear();
                    lastFlush = Stopwatch.GetTimestamp();
                }

                var handling = run.HandleAsync(plugin, claimed[next].Delivery, CancellationToken.None);
                if (next + 1 < claimed.Count && !handling.IsCompleted && !await FinishesInTimeAsync(handling))
                {
                    // A slow handler keeps only its own delivery: the rest of the batch goes back for the other loops.
                    await store.ReleaseRunAsync(plugin.Id, runId, [.. claimed.Skip(next + 1).Select(c => c.Delivery.Id)], CancellationToken.None);
                    claimed = [.. claimed.Take(next + 1)];
                    signal.Pulse();
                }

                var failure = await handling;
                if (failure is null)
                {
                    succeeded.Add(claimed[next].Delivery.Id);
                }
                else
                {
                    Log.HandlerFailed(logger, plugin.Id, claimed[next].Delivery.Id, claimed[next].Attempt, failure);
                    await failures.RecordAsync(plugin.Id, runId, claimed[next], failure, CancellationToken.None);
                }
            }

            await store.FinishRunAsync(plugin.Id, runId, succeeded, RunFinish.Succeeded, CancellationToken.None);
        }

        if (next < claimed.Count)
        {
            // Stopping: what was claimed but not started goes back to pending for the next process.
            await store.ReleaseRunAsync(plugin.Id, runId, [.. claimed.Skip(next).Select(c => c.Delivery.Id)], CancellationToken.None);
        }

        return claimed.Count;
    }

    private async Task<bool> FinishesInTimeAsync(Task<Exception?> handling)
    {
        try
        {
            await handling.WaitAsync(options.SlowHandlerAfter);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Lane of plugin {Plugin} failed a round; trying again")]
        public static partial void RoundFailed(ILogger logger, string plugin, Exception exception);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {Plugin} failed delivery {Delivery} (attempt {Attempt})")]
        public static partial void HandlerFailed(ILogger logger, string plugin, Guid delivery, int attempt, Exception exception);
    }
}
