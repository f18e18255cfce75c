namespace Hooks.Plugins.Ci.Triggers;

/// <summary>
/// A <c>triggers</c> entry: sections (<c>\branch</c>, <c>\filepath</c>, <c>\text</c>, <c>\upstream</c>, keywords in any
/// case) each with values joined by <c>||</c> or <c>&amp;&amp;</c> (not both), sections joined by <c>and</c> / <c>or</c>.
/// <c>and</c> binds tighter than <c>or</c>, as people read it (Ocelot quietly dropped the sections before a switch).
/// </summary>
public sealed class TriggerDirective
{
    public const string MustStart = "Directive must start with one of: '\\branch', '\\text', '\\filepath'";
    public const string NoMixing = "|| and && cannot yet be combined in one directive. sorry.";

    private TriggerDirective(string text, IReadOnlyList<IReadOnlyList<Condition>> anyOf)
    {
        Text = text;
        AnyOf = anyOf;
    }

    public string Text { get; }

    /// <summary>Groups of sections joined by <c>and</c>; the directive holds when every section of any group holds.</summary>
    public IReadOnlyList<IReadOnlyList<Condition>> AnyOf { get; }

    public bool IsMetBy(Changeset changeset) => AnyOf.Any(group => group.All(c => c.IsMetBy(changeset)));

    /// <exception cref="TriggerSyntaxException">The entry does not follow the grammar.</exception>
    public static TriggerDirective Parse(string text)
    {
        var groups = new List<List<Condition>> { new() };
        ConditionKind? kind = null;
        var values = new List<string>();
        bool joined = true;
        foreach (string token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith('\\'))
            {
                var next = Keyword(token[1..]) ?? throw new TriggerSyntaxException(MustStart);
                if (kind is not null)
                {
                    Close(groups[^1], kind.Value, values);
                    if (!joined)
                    {
                        throw new TriggerSyntaxException($"sections must be joined by 'and' or 'or', found {token} right after values");
                    }
                }

                kind = next;
                values.Clear();
                joined = false;
            }
            else if (token.Equals("and", StringComparison.OrdinalIgnoreCase) || token.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                if (kind is null || joined)
                {
                    throw new TriggerSyntaxException($"'{token}' must come between two sections");
                }

                Close(groups[^1], kind.Value, values);
                kind = null;
                values.Clear();
                joined = true;
                if (token.Equals("or", StringComparison.OrdinalIgnoreCase))
                {
                    groups.Add([]);
                }
            }
            else if (kind is null)
            {
                throw new TriggerSyntaxException(MustStart);
            }
            else
            {
                values.Add(token);
            }
        }

        if (kind is null)
        {
            throw new TriggerSyntaxException(groups[0].Count == 0 && groups.Count == 1 ? MustStart : "a directive cannot end with 'and' or 'or'");
        }

        Close(groups[^1], kind.Value, values);
        return new TriggerDirective(text, groups);
    }

    private static void Close(List<Condition> group, ConditionKind kind, List<string> tokens)
    {
        string joined = string.Concat(tokens);
        bool any = joined.Contains("||", StringComparison.Ordinal);
        bool all = joined.Contains("&&", StringComparison.Ordinal);
        if (any && all)
        {
            throw new TriggerSyntaxException(NoMixing);
        }

        string[] values = joined.Split(all ? "&&" : "||", StringSplitOptions.RemoveEmptyEntries);
        if (values.Length == 0)
        {
            throw new TriggerSyntaxException($"\\{kind.ToString().ToLowerInvariant()} needs a value");
        }

        if (kind == ConditionKind.Branch)
        {
            foreach (string value in values)
            {
                try
                {
                    Configuration.BranchPattern.Matches(value, "");
                }
                catch (ArgumentException error)
                {
                    throw new TriggerSyntaxException(error.Message, error);
                }
            }
        }

        group.Add(new Condition(kind, values, all));
    }

    private static ConditionKind? Keyword(string word) => word.ToLowerInvariant() switch
    {
        "branch" => ConditionKind.Branch,
        "filepath" => ConditionKind.FilePath,
        "text" => ConditionKind.Text,
        "upstream" => ConditionKind.Upstream,
        _ => null,
    };
}
