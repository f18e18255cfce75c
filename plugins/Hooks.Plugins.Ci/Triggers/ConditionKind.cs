namespace Hooks.Plugins.Ci.Triggers;

/// <summary>What a section of a directive looks at.</summary>
public enum ConditionKind
{
    /// <summary><c>\branch</c>: an anchored regular expression (or <c>ALL</c>) on the branch built.</summary>
    Branch,

    /// <summary><c>\filepath</c>: a substring of a changed file's path.</summary>
    FilePath,

    /// <summary><c>\text</c>: a substring of a commit message.</summary>
    Text,

    /// <summary><c>\upstream</c>: the build was started by the subscription of this alias.</summary>
    Upstream,
}
