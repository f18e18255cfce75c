namespace Hooks.Gateway.Tests.Support;

/// <summary>One server-sent event as a browser's EventSource sees it.</summary>
public sealed record ServerSentEvent(string Type, string? Id, string Data);
