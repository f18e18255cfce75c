using System.Text.RegularExpressions;

namespace Hooks.Plugins.Dashboard.Patterns;

/// <summary>Removes ANSI escape sequences (colours, cursor moves) from a log, as the original did before matching.</summary>
public static partial class AnsiCodes
{
    public static string Remove(string log) => log.Contains('\x1B', StringComparison.Ordinal) ? Escape().Replace(log, "") : log;

    [GeneratedRegex(@"\x1B(?:[@-Z\\-_]|\[[0-?]*[ -/]*[@-~])", RegexOptions.CultureInvariant)]
    private static partial Regex Escape();
}
