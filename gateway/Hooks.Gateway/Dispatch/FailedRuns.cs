using Hooks.Gateway.Inbox;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// What a lane does with a pair whose handlers threw: hands it to a Hangfire retry job at the policy's delay, or, on
/// the last attempt, records it failed (with a failed job beside it). Only while the run still holds the pair.
/// </summary>
public sealed class FailedRuns(IInboxStore store, RetryJobs retries, RetryPolicy policy)
{
    public async Task RecordAsync(string pluginId, Guid runId, ClaimedRun run, Exception failure, CancellationToken cancellationToken)
    {
        var decision = policy.Decide(run.Attempt);
        string job = decision.Final
            ? retries.RecordFailed(run.Delivery.Id, pluginId, failure)
            : retries.Schedule(run.Delivery.Id, pluginId, run.Attempt, decision.RetryIn, failure);
        var finish = policy.Finish(pluginId, decision, failure, job);
        if (await store.FinishRunAsync(pluginId, runId, [run.Delivery.Id], finish, cancellationToken) == 0 && !decision.Final)
        {
            retries.Cancel(job); // the run lost its pair: whoever holds it now decides what comes next
        }
    }
}
