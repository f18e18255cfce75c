namespace Hooks.Plugins.BuildControl.Distributions;

/// <summary><c>POST distro/</c>: a name and the platforms (names) of the distribution.</summary>
public sealed record DistributionRequest(string? Name, List<string>? Platforms);
