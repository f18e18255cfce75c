using Hooks.Plugins.Ci.Configuration;

namespace Hooks.Plugins.Ci.Triggers;

/// <summary>One section of a directive: a kind and its values, any (<c>||</c>) or all (<c>&amp;&amp;</c>) of which must hold.</summary>
public sealed record Condition(ConditionKind Kind, IReadOnlyList<string> Values, bool All)
{
    public bool IsMetBy(Changeset changeset) => All ? Values.All(v => Holds(v, changeset)) : Values.Any(v => Holds(v, changeset));

    private bool Holds(string value, Changeset changeset) => Kind switch
    {
        ConditionKind.Branch => BranchPattern.Matches(value, changeset.Branch),
        ConditionKind.FilePath => changeset.Files.Any(f => f.Contains(value, StringComparison.Ordinal)),
        ConditionKind.Text => changeset.Messages.Any(m => m.Contains(value, StringComparison.Ordinal)),
        _ => string.Equals(changeset.Upstream, value, StringComparison.OrdinalIgnoreCase),
    };
}
