namespace Hooks.Plugins.Ci.Api;

/// <summary><c>POST v1/kill/{hash}</c>: the builds killed (queued ones at once, running ones within a second or so).</summary>
public sealed record KillView(IReadOnlyList<long> Killed, string Message);
