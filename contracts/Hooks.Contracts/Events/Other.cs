namespace Hooks.Contracts.Events;

/// <summary>An event the model does not cover; read <see cref="HookEvent.Raw"/> and <see cref="HookEvent.EventName"/>.</summary>
public sealed record Other : HookEvent;
