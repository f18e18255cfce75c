namespace Hooks.Plugins.Ci.Api;

/// <summary><c>GET v1/summary/{account}/{repo}</c>: builds, newest first.</summary>
public sealed record SummaryView(IReadOnlyList<BuildSum> Sums);
