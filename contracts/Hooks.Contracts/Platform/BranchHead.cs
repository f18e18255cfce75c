namespace Hooks.Contracts.Platform;

/// <summary>Where a branch of a remote repository points.</summary>
/// <param name="Branch">The branch's name, without <c>refs/heads/</c> (the default branch's name when none was asked for).</param>
/// <param name="Commit">The full commit id it points to.</param>
public sealed record BranchHead(string Branch, string Commit);
