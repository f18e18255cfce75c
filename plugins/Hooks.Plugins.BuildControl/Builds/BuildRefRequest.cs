using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>A ref of a build request: <c>ref_type</c> as a number or as <c>git_branch</c>, <c>git_tag</c>, <c>srpm_url</c>, <c>git_ref</c>.</summary>
public sealed record BuildRefRequest(string? Url, string? GitRef, JsonElement? RefType, JsonObject? MockOptions, string? GitCommitHash);
