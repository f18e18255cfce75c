using Hooks.Contracts.Events;

namespace Hooks.Gateway.Inbox;

/// <summary>A delivery as the inbox keeps it: everything needed to normalise it again, no secrets.</summary>
public sealed record Delivery(
    Guid Id,
    string Source,
    Forge Forge,
    string EventName,
    string? DeliveryKey,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    DateTimeOffset ReceivedAt,
    string? TraceParent,
    DateTimeOffset? DispatchedAt = null);
