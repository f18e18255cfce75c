using System.Text.Json.Nodes;

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

public sealed record TaskRef(string Url, string? GitRef, int RefType, string? GitCommitHash);

public sealed record TaskPlatform(string Name, string Type, JsonObject Data);

public sealed record TaskOwner(string Name, string Email);

public sealed record TaskRepository(string Name, string Url, int Priority, bool MockEnabled);
