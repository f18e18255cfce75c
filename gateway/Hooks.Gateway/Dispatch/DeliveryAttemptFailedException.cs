namespace Hooks.Gateway.Dispatch;

/// <summary>
/// Thrown by a retry job whose plugin failed again: carries the attempt and when to try next, so
/// <see cref="DeliveryRetryAttribute"/> schedules the job again, or, when <see cref="Final"/>, leaves it failed.
/// </summary>
public sealed class DeliveryAttemptFailedException : Exception
{
    public DeliveryAttemptFailedException()
    {
    }

    public DeliveryAttemptFailedException(string message)
        : base(message)
    {
    }

    public DeliveryAttemptFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DeliveryAttemptFailedException(int attempt, bool final, TimeSpan retryIn, Exception innerException)
        : base($"attempt {attempt} failed{(final ? " for good" : "")}: {PluginRun.Describe(innerException)}", innerException)
    {
        Attempt = attempt;
        Final = final;
        RetryIn = retryIn;
    }

    public int Attempt { get; }

    public bool Final { get; }

    public TimeSpan RetryIn { get; }
}
