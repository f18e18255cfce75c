namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>A platform of a build request; <c>parallel_mode_enabled</c> is taken and, as in the original, not used.</summary>
public sealed record BuildPlatformRequest(string? Name, List<string>? ArchList, bool? ParallelModeEnabled, bool? IndependentTasks);
