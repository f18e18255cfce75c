namespace Hooks.Gateway.Inbox;

/// <summary>A filter over stored deliveries, newest first. <see cref="Status"/> filters on plugin outcomes.</summary>
public sealed record DeliveryQuery(
    string? Source = null,
    string? EventName = null,
    OutcomeStatus? Status = null,
    int Page = 1,
    int PageSize = 50);
