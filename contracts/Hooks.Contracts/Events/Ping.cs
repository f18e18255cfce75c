namespace Hooks.Contracts.Events;

/// <summary>The forge tested the hook (GitHub <c>ping</c>).</summary>
public sealed record Ping : HookEvent
{
    /// <summary>The forge's id of the hook, where given.</summary>
    public string? HookId { get; init; }
}
