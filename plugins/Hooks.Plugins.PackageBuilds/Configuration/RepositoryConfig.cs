namespace Hooks.Plugins.PackageBuilds.Configuration;

/// <summary>A repository that builds: its name (as pushes name it), where it is cloned from, which branches build.</summary>
/// <param name="Name">The name, as pushes name the repository (the last part of its path).</param>
/// <param name="CloneUrl">Where it is cloned from: its <c>url</c>, else <c>{baseurl}/{name}</c>.</param>
/// <param name="Branches">The branches that build (empty: every branch with scripts); the first is the one a fan-out or a
/// manual trigger without a branch builds (else the remote's default branch).</param>
public sealed record RepositoryConfig(string Name, string CloneUrl, IReadOnlyList<string> Branches)
{
    /// <summary>The branch a fan-out or a manual trigger builds, when <c>branches</c> names one.</summary>
    public string? DefaultBranch => Branches.Count > 0 ? Branches[0] : null;

    public bool Builds(string branch) => Branches.Count == 0 || Branches.Contains(branch, StringComparer.Ordinal);
}
