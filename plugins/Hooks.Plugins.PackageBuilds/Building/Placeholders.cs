using System.Text.RegularExpressions;

namespace Hooks.Plugins.PackageBuilds.Building;

/// <summary>
/// amp_ci's placeholders in script entries: <c>{repository}</c>, <c>{ref}</c>, <c>{branch}</c>, <c>{commit_id}</c>,
/// <c>{committer_name}</c>, <c>{committer_email}</c>, <c>{build_id}</c>. A value with anything but letters, digits and
/// <c>._/@+:-</c> goes in single quotes, so a pusher's name never runs as shell; other braces (<c>${VAR}</c>) stay.
/// </summary>
public static partial class Placeholders
{
    /// <summary>For a shell line: values quoted where they need it.</summary>
    public static string Expand(string line, IReadOnlyDictionary<string, string> values) => Replace(line, values, Quoted);

    /// <summary>For text people read (a mail's subject): values as they are.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) => Replace(text, values, value => value);

    private static string Replace(string text, IReadOnlyDictionary<string, string> values, Func<string, string> render) =>
        Placeholder().Replace(text, match => values.TryGetValue(match.Groups["name"].Value, out var value) ? render(value) : match.Value);

    private static string Quoted(string value) =>
        Plain().IsMatch(value) ? value : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex("(?<!\\$)\\{(?<name>[a-z_]+)\\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[A-Za-z0-9._/@+:-]+$")]
    private static partial Regex Plain();
}
