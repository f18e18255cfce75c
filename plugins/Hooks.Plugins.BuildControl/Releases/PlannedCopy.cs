namespace Hooks.Plugins.BuildControl.Releases;

/// <summary>One package of a plan going into one repository folder.</summary>
public sealed record PlannedCopy(int ArtifactId, string FileName, string Href, string? Sha256, int BuildId, string Repository);
