using System.Text.Json.Nodes;

namespace Hooks.Plugins.BuildControl.Platforms;

/// <summary>The original's answer for a platform, with its repositories (ids for <c>remove-repositories</c>).</summary>
public sealed record PlatformView(int Id, string Name, string Type, string? DistrType, string? DistrVersion, IReadOnlyList<string> ArchList, IReadOnlyList<RepositoryView> Repos, JsonObject Data);
