namespace Hooks.Plugins.BuildControl.Nodes;

public sealed record TaskRef(string Url, string? GitRef, int RefType, string? GitCommitHash);
