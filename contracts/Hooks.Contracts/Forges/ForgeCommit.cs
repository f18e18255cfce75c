namespace Hooks.Contracts.Forges;

/// <summary>A commit with the paths it changed (added, modified, removed or renamed, both names of a rename).</summary>
/// <param name="Sha">The commit's id.</param>
/// <param name="Message">Its message.</param>
/// <param name="Paths">The paths it changed.</param>
public sealed record ForgeCommit(string Sha, string Message, IReadOnlyList<string> Paths);
