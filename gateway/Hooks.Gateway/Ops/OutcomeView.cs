using Hooks.Gateway.Inbox;

namespace Hooks.Gateway.Ops;

/// <summary>One plugin's outcome for a delivery, its status in words (<c>pending</c>, <c>running</c>, <c>retrying</c>, <c>succeeded</c>, <c>failed</c>).</summary>
public sealed record OutcomeView(string Plugin, string Status, int Attempts, string? LastError, string? JobId, DateTimeOffset UpdatedAt, DateTimeOffset? LeaseUntil)
{
    public static OutcomeView Of(PluginOutcome outcome) => new(
        outcome.Plugin, outcome.Status.ToString().ToLowerInvariant(), outcome.Attempts, outcome.LastError, outcome.JobId, outcome.UpdatedAt, outcome.LeaseUntil);
}
