namespace Hooks.Gateway.Inbox;

/// <summary>
/// The outcome of one delivery for one plugin. <see cref="JobId"/> is the Hangfire job that retries the pair (or last
/// did); <see cref="LeaseUntil"/> is when a running pair's run must have renewed its lease, or a retrying pair's job
/// must have started, before the ledger runs it again.
/// </summary>
public sealed record PluginOutcome(
    Guid DeliveryId,
    string Plugin,
    OutcomeStatus Status,
    int Attempts,
    string? LastError,
    string? JobId,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? LeaseUntil = null);
