namespace Hooks.Gateway.Auth;

/// <summary>An API token as stored and listed: never its value, which is shown once, at creation, and kept only as a hash.</summary>
public sealed record ApiToken(Guid Id, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);
