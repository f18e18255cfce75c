namespace Hooks.Plugins.BuildControl.Nodes;

/// <summary>A node's report of a task (<c>POST build_done</c>), checked.</summary>
public sealed record BuildDone(
    int TaskId,
    string Status,
    IReadOnlyList<ReportedArtifact> Artifacts,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Stats,
    string? GitCommitHash,
    bool IsCasAuthenticated,
    string? AlmaCommitCasHash);

/// <summary>An uploaded file: <c>rpm</c> or <c>build_log</c>, its href and sha256 (<c>path</c> is sent and ignored).</summary>
public sealed record ReportedArtifact(string Name, string Type, string Href, string? Sha256, string? CasHash);
