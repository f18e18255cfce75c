using System.Text.Json.Nodes;

namespace Hooks.Plugins.BuildControl.Releases;

/// <summary><c>POST releases/new/</c> (builds and platform required) and <c>PUT releases/{id}/</c> (new builds or tasks re-plan; else the plan given is kept).</summary>
public sealed record ReleaseRequest(List<int>? Builds, List<int>? BuildTasks, int? PlatformId, JsonObject? Plan);
