using Hangfire.Common;
using Hangfire.States;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// Retries a delivery job on the dispatch ledger's schedule instead of Hangfire's: a failed attempt that is not the
/// last becomes a scheduled retry ("Retry attempt n: ..." in the dashboard), the last one stays failed and visible.
/// Runs after <c>AutomaticRetry</c> (which the job sets to no attempts).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DeliveryRetryAttribute : JobFilterAttribute, IElectStateFilter
{
    public DeliveryRetryAttribute() => Order = 30;

    public void OnStateElection(ElectStateContext context)
    {
        if (context.CandidateState is FailedState { Exception: DeliveryAttemptFailedException { Final: false } failed })
        {
            context.CandidateState = new ScheduledState(failed.RetryIn) { Reason = $"Retry after attempt {failed.Attempt}: {failed.InnerException?.Message}" };
        }
    }
}
