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

/// <summary>A platform repository; <c>priority</c> defaults to 10, <c>mock_enabled</c> to true.</summary>
public sealed record RepositoryRequest(string? Name, string? Arch, string? Url, string? Type, int? Priority, bool? MockEnabled);

/// <summary>The original's answer for a platform, with its repositories (ids for <c>remove-repositories</c>).</summary>
public sealed record PlatformView(int Id, string Name, string Type, string? DistrType, string? DistrVersion, IReadOnlyList<string> ArchList, IReadOnlyList<RepositoryView> Repos, JsonObject Data);

public sealed record RepositoryView(int Id, string Name, string Arch, string Url, string Type, int Priority, bool MockEnabled);
