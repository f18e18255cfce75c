using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Dispatch;

/// <summary>When a failed pair is tried again, and when it has failed for good (<c>Hooks:Dispatch:MaxAttempts</c>).</summary>
public sealed class RetryPolicy(IOptions<DispatchOptions> options)
{
    /// <summary>How long past its retry's due time a retrying pair may wait for its job before the ledger runs it.</summary>
    public static readonly TimeSpan AbandonedGrace = TimeSpan.FromMinutes(1);

    public bool IsFinal(int attempt) => attempt >= options.Value.MaxAttempts;

    /// <summary>
    /// The delay before the attempt after <paramref name="attempt"/>: <c>RetryDelaysSeconds</c> (its last entry for
    /// every later attempt), or Hangfire's own back-off (attempt⁴ + 15 s + up to 30 s × attempt of jitter).
    /// </summary>
    public TimeSpan DelayAfter(int attempt)
    {
        int[] delays = options.Value.RetryDelaysSeconds;
        if (delays.Length > 0)
        {
            return TimeSpan.FromSeconds(delays[Math.Clamp(attempt - 1, 0, delays.Length - 1)]);
        }

        return TimeSpan.FromSeconds(Math.Pow(attempt, 4) + 15 + (Random.Shared.Next(30) * attempt));
    }
}
