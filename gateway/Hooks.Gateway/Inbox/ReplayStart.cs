namespace Hooks.Gateway.Inbox;

/// <summary>Whether a replay could set a pair back to pending, or found it running under a live lease.</summary>
public sealed record ReplayStart(bool Reset, DateTimeOffset? RunningUntil = null);
