namespace Hooks.Gateway.Dispatch;

/// <summary>The plugins a delivery went to again, and those that were running it (with their lease) and were left alone.</summary>
public sealed record ReplayResult(IReadOnlyList<string> Replayed, IReadOnlyDictionary<string, DateTimeOffset?> Running);
