using System.Text.Json;
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
}

/// <summary>A platform of a build request; <c>parallel_mode_enabled</c> is taken and, as in the original, not used.</summary>
public sealed record BuildPlatformRequest(string? Name, List<string>? ArchList, bool? ParallelModeEnabled, bool? IndependentTasks);

/// <summary>A ref of a build request: <c>ref_type</c> as a number or as <c>git_branch</c>, <c>git_tag</c>, <c>srpm_url</c>, <c>git_ref</c>.</summary>
public sealed record BuildRefRequest(string? Url, string? GitRef, JsonElement? RefType, JsonObject? MockOptions, string? GitCommitHash);
