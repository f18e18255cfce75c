namespace Hooks.Plugins.BuildControl.Builds;

public sealed record RefView(string Url, string? GitRef, int RefType, string? GitCommitHash);
