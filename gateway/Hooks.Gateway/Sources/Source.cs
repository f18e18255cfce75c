using Hooks.Contracts.Events;

namespace Hooks.Gateway.Sources;

/// <summary>A configured source, validated: its name is the one in <c>/hooks/{name}</c>.</summary>
public sealed record Source(
    string Name,
    Forge Forge,
    string? Secret,
    string? SigningToken,
    bool AllowUnsigned,
    Uri? BaseUrl,
    string? Token);
