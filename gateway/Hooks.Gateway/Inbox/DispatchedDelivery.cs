namespace Hooks.Gateway.Inbox;

/// <summary>A claimed delivery after fan-out: the event kinds it normalised to and the plugins it goes to.</summary>
public sealed record DispatchedDelivery(Guid Id, IReadOnlyList<string> Kinds, IReadOnlyList<string> Plugins);
