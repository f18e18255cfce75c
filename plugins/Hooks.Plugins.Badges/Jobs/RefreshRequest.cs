namespace Hooks.Plugins.Badges.Jobs;

/// <summary>The refresh job that will serve a request, and whether the request joined one already waiting.</summary>
public sealed record RefreshRequest(string JobId, bool Joined);
