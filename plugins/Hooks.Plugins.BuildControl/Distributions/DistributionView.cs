namespace Hooks.Plugins.BuildControl.Distributions;

/// <summary>A distribution as the original answers it, with its platforms and builds.</summary>
public sealed record DistributionView(int Id, string Name, IReadOnlyList<string> Platforms, IReadOnlyList<int> Builds);
