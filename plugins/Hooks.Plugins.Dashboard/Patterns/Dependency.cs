namespace Hooks.Plugins.Dashboard.Patterns;

/// <summary>One line of a Julia <c>Status .../Manifest.toml</c> block: <c>[uuid] Name vX.Y.Z</c>.</summary>
public sealed record Dependency(string Uuid, string Name, string Version);
