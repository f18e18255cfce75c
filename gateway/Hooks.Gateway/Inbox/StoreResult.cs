namespace Hooks.Gateway.Inbox;

/// <summary>What storing a delivery came to: its id, and whether it had been stored before.</summary>
public readonly record struct StoreResult(Guid Id, bool Duplicate);
