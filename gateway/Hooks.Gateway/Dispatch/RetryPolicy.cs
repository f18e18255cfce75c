using Hooks.Gateway.Inbox;
using Hooks.Gateway.Ops;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// When a failed pair is tried again, and when it has failed for good (<c>Hooks:Dispatch:MaxAttempts</c>): one rule
/// for a lane's first failure and a retry job's later ones, counted on <c>/metrics</c> as retrying or failed.
/// </summary>
public sealed class RetryPolicy(IOptions<DispatchOptions> options, GatewayMetrics metrics, TimeProvider time)
{
    /// <summary>How long past its retry's due time a retrying pair may wait for its job before the ledger runs it.</summary>
    public static readonly TimeSpan AbandonedGrace = TimeSpan.FromMinutes(1);

    public RetryDecision Decide(int attempt) => attempt >= options.Value.MaxAttempts ? new(true, TimeSpan.Zero) : new(false, DelayAfter(attempt));

    /// <summary>How the failed attempt ends in the ledger, with the Hangfire job that retries it (or shows it failed).</summary>
    public RunFinish Finish(string pluginId, RetryDecision decision, Exception failure, string jobId)
    {
        metrics.PluginJob(pluginId, decision.Final ? "failed" : "retrying");
        string error = PluginRun.Describe(failure);
        return decision.Final
            ? new RunFinish(OutcomeStatus.Failed, error, jobId)
            : new RunFinish(OutcomeStatus.Retrying, error, jobId, time.GetUtcNow() + decision.RetryIn + AbandonedGrace);
    }

    /// <summary>
    /// The delay before the attempt after <paramref name="attempt"/>: <c>RetryDelaysSeconds</c> (its last entry for
    /// every later attempt), or Hangfire's own back-off (attempt⁴ + 15 s + up to 30 s × attempt of jitter).
    /// </summary>
    private TimeSpan DelayAfter(int attempt)
    {
        int[] delays = options.Value.RetryDelaysSeconds;
        if (delays.Length > 0)
        {
            return TimeSpan.FromSeconds(delays[Math.Clamp(attempt - 1, 0, delays.Length - 1)]);
        }

        return TimeSpan.FromSeconds(Math.Pow(attempt, 4) + 15 + (Random.Shared.Next(30) * attempt));
    }
}
