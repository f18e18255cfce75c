namespace Hooks.Gateway.Inbox;

/// <summary>
/// How a run ends for one pair: <paramref name="Status"/> succeeded, retrying (with the Hangfire job that retries it and
/// when the pair counts as abandoned if that job never runs) or failed.
/// </summary>
public sealed record RunFinish(OutcomeStatus Status, string? Error = null, string? JobId = null, DateTimeOffset? AbandonedAfter = null)
{
    public static RunFinish Succeeded { get; } = new(OutcomeStatus.Succeeded);
}
