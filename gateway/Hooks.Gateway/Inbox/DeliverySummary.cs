namespace Hooks.Gateway.Inbox;

/// <summary>A stored delivery as listed, without its body; <see cref="Kinds"/> once dispatched.</summary>
public sealed record DeliverySummary(
    Guid Id,
    string Source,
    string Forge,
    string EventName,
    string? DeliveryKey,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DispatchedAt,
    IReadOnlyList<string> Kinds);
