namespace Hooks.Plugins.PackageBuilds.Configuration;

/// <summary>
/// <c>scripts</c>: keyed by repository (a list, or a map by branch), by branch (<c>main</c> or <c>refs/heads/main</c>),
/// with <c>'*'</c> as the fallback at each level. A repository's own entry wins over a branch's, a branch's over
/// <c>'*'</c>; a repository keyed by branch that names none of the pushed branch (and has no <c>'*'</c>) builds nothing.
/// </summary>
public sealed class ScriptTable(IReadOnlyDictionary<string, IReadOnlyList<string>> lists, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> byBranch)
{
    public const string Any = "*";

    /// <summary>The scripts for a push of <paramref name="branch"/> to <paramref name="repository"/>, and the key they came from.</summary>
    public ScriptChoice? For(string repository, string branch)
    {
        if (lists.TryGetValue(repository, out var own))
        {
            return new ScriptChoice(own, $"scripts.{repository}");
        }

        if (byBranch.TryGetValue(repository, out var branches))
        {
            return ByBranch(branches, branch, $"scripts.{repository}");
        }

        foreach (string key in (string[])[branch, "refs/heads/" + branch])
        {
            if (lists.TryGetValue(key, out var forBranch))
            {
                return new ScriptChoice(forBranch, $"scripts.{key}");
            }
        }

        if (lists.TryGetValue(Any, out var any))
        {
            return new ScriptChoice(any, "scripts.*");
        }

        return byBranch.TryGetValue(Any, out var anyByBranch) ? ByBranch(anyByBranch, branch, "scripts.*") : null;
    }

    private static ScriptChoice? ByBranch(IReadOnlyDictionary<string, IReadOnlyList<string>> branches, string branch, string path)
    {
        foreach (string key in (string[])[branch, "refs/heads/" + branch, Any])
        {
            if (branches.TryGetValue(key, out var scripts))
            {
                return new ScriptChoice(scripts, $"{path}.{key}");
            }
        }

        return null;
    }
}

/// <summary>The scripts a build runs, in order, and the configuration key that chose them.</summary>
public sealed record ScriptChoice(IReadOnlyList<string> Scripts, string Key);
