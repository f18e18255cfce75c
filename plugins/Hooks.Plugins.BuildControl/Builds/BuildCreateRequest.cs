using System.Text.Json.Nodes;

namespace Hooks.Plugins.BuildControl.Builds;

/// <summary><c>POST api/v1/builds/</c>, as the original takes it.</summary>
public sealed record BuildCreateRequest
{
    public List<BuildPlatformRequest>? Platforms { get; init; }

    public List<BuildRefRequest>? Tasks { get; init; }

    public List<int>? LinkedBuilds { get; init; }

    public JsonObject? MockOptions { get; init; }

    public bool? IsSecureBoot { get; init; }

    /// <summary>No test tasks when the build finishes.</summary>
    public bool? SkipTests { get; init; }
}
