namespace Hooks.Plugins.Ci.Triggers;

/// <summary>What a stage's conditions are checked against.</summary>
/// <param name="Branch">The branch built (a pull request's source branch).</param>
/// <param name="Files">Paths changed by the push (between before and after; a new branch: its head commit's).</param>
/// <param name="Messages">The commit messages of the push.</param>
/// <param name="Upstream">The alias of the subscription that started the build, or null.</param>
public sealed record Changeset(string Branch, IReadOnlyList<string> Files, IReadOnlyList<string> Messages, string? Upstream = null);
