namespace Hooks.Plugins.BuildControl.Builds;

public sealed record ArtifactView(int Id, string Name, string Type, string Href, string? Sha256);
