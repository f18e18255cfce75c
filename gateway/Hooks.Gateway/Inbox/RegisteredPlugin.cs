namespace Hooks.Gateway.Inbox;

/// <summary>A plugin some worker process has loaded, with the event types (by name) its handlers take.</summary>
public sealed record RegisteredPlugin(string Id, IReadOnlyList<string> Handles);
