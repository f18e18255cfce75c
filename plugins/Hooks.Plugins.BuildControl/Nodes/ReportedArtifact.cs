namespace Hooks.Plugins.BuildControl.Nodes;

/// <summary>An uploaded file: <c>rpm</c> or <c>build_log</c>, its href and sha256 (<c>path</c> is sent and ignored).</summary>
public sealed record ReportedArtifact(string Name, string Type, string Href, string? Sha256, string? CasHash);
