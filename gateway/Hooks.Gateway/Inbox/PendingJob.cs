namespace Hooks.Gateway.Inbox;

/// <summary>A plugin job enqueued for a delivery, to be recorded as pending.</summary>
public readonly record struct PendingJob(Guid DeliveryId, string Plugin, string JobId);
