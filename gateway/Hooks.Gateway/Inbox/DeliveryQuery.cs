namespace Hooks.Gateway.Inbox;

/// <summary>
/// A filter over stored deliveries, newest first: by source, the forge's event name, the normalised event kind
/// (<c>push</c>, <c>issue</c> ...), a plugin's outcome (<see cref="Plugin"/> and/or <see cref="Status"/>) and the
/// time received.
/// </summary>
public sealed record DeliveryQuery(
    string? Source = null,
    string? EventName = null,
    OutcomeStatus? Status = null,
    int Page = 1,
    int PageSize = 50,
    string? Kind = null,
    string? Plugin = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null);
