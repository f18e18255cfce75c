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
