namespace Hooks.Gateway.Inbox;

/// <summary>The outcome of one delivery for one plugin.</summary>
public sealed record PluginOutcome(
    Guid DeliveryId,
    string Plugin,
    OutcomeStatus Status,
    int Attempts,
    string? LastError,
    string? JobId,
    DateTimeOffset UpdatedAt);
