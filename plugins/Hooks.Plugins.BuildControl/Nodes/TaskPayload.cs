namespace Hooks.Plugins.BuildControl.Nodes;

/// <summary>The task as albs-node parses it: every field is written, or the node's builder thread dies.</summary>
public sealed record TaskPayload(
    int Id,
    int BuildId,
    string Arch,
    TaskRef Ref,
    TaskPlatform Platform,
    TaskOwner CreatedBy,
    IReadOnlyList<TaskRepository> Repositories,
    string? BuiltSrpmUrl,
    string? SrpmHash,
    bool IsSecureBoot,
    string? AlmaCommitCasHash,
    bool IsCasAuthenticated,
    IReadOnlyList<int> LinkedBuilds);
