using Hooks.Gateway.Inbox;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// What a lane does with a pair whose handlers threw: hands it to a Hangfire retry job at the policy's delay, or, on
/// the last attempt, records it failed (with a failed job beside it). Only while the run still holds the pair.
/// </summary>
public sealed class FailedRuns(IInboxStore store, RetryJobs retries, RetryPolicy policy, TimeProvider time)
{
    public async Task RecordAsync(string pluginId, Guid runId, ClaimedRun run, Exception failure, CancellationToken cancellationToken)
    {
        string error = PluginRun.Describe(failure);
        Guid[] pair = [run.Delivery.Id];
        if (policy.IsFinal(run.Attempt))
        {
            string failedJob = retries.RecordFailed(run.Delivery.Id, pluginId, failure);
            await store.FinishRunAsync(pluginId, runId, pair, new RunFinish(OutcomeStatus.Failed, error, failedJob), cancellationToken);
            return;
        }

        var delay = policy.DelayAfter(run.Attempt);
        string job = retries.Schedule(run.Delivery.Id, pluginId, run.Attempt, delay, failure);
        var abandonedAfter = time.GetUtcNow() + delay + RetryPolicy.AbandonedGrace;
        if (await store.FinishRunAsync(pluginId, runId, pair, new RunFinish(OutcomeStatus.Retrying, error, job, abandonedAfter), cancellationToken) == 0)
        {
            retries.Cancel(job);
        }
    }
}
