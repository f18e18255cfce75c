using System.Text.RegularExpressions;

namespace Hooks.Plugins.Dashboard.Patterns;

/// <summary>
/// The first Julia dependency list in a log: a <c>Status `.../Manifest.toml`</c> line followed by <c>[uuid] Name version</c>
/// lines; the version is the rest of the line, as the original kept it. Sorted by name.
/// </summary>
public static partial class Dependencies
{
    public static IReadOnlyList<Dependency>? Find(string log)
    {
        Match block;
        try
        {
            block = Block().Match(log);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        if (!block.Success)
        {
            return null;
        }

        var found = new List<Dependency>();
        foreach (string line in block.Groups["list"].Value.Split('\n'))
        {
            if (Line().Match(line) is { Success: true } match)
            {
                found.Add(new Dependency(match.Groups["uuid"].Value, match.Groups["name"].Value, match.Groups["version"].Value.TrimEnd('\r')));
            }
        }

        return found.Count == 0 ? null : [.. found.OrderBy(d => d.Name, StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"Status .*/Manifest\.toml`\r?\n(?<list>(?:[ \t]*\[.+\n)+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Block();

    [GeneratedRegex(@"^\s*\[(?<uuid>[^\]]*)\](?: \+)? (?<name>\S+) (?<version>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Line();
}
