namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>A page of builds: <c>{builds, total_builds, current_page}</c>.</summary>
public sealed record BuildPage(IReadOnlyList<BuildView> Builds, int TotalBuilds, int CurrentPage);
