using System.Text.Json.Nodes;

namespace Hooks.Plugins.BuildControl.Platforms;

/// <summary><c>POST</c> (all of it) and <c>PUT</c> (the name and what changes) of <c>api/v1/platforms/</c>.</summary>
public sealed record PlatformRequest(
    string? Name,
    string? Type,
    string? DistrType,
    string? DistrVersion,
    string? TestDistName,
    List<string>? ArchList,
    List<RepositoryRequest>? Repos,
    JsonObject? Data);
