using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hooks.Plugins.Dashboard.Patterns;

/// <summary>
/// Reads a pattern file: <c>patterns:</c>, a list of <c>{name, kind, regex}</c> (and optionally <c>timeout_ms</c>, per
/// pattern or for the whole file, default 1,000). A pattern that does not compile, or lacks a field, is left out and
/// reported with its line; the others are used.
/// </summary>
public static class PatternFile
{
    public const int DefaultTimeoutMs = 1000;

    private const RegexOptions Options = RegexOptions.Singleline | RegexOptions.CultureInvariant;

    public static PatternSet Parse(string yaml, string origin)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            return new PatternSet(origin, [], [$"{origin} line {exception.Start.Line}: not YAML ({exception.Message})"]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("patterns"), out var list) || list is not YamlSequenceNode entries)
        {
            return new PatternSet(origin, [], [$"{origin}: no 'patterns:' list"]);
        }

        int fileTimeout = Number(root, "timeout_ms") ?? DefaultTimeoutMs;
        var patterns = new List<ErrorPattern>();
        var problems = new List<string>();
        foreach (var entry in entries.Children)
        {
            int line = (int)entry.Start.Line;
            if (Read(entry, fileTimeout, line, out string problem) is { } pattern)
            {
                patterns.Add(pattern);
            }
            else
            {
                problems.Add($"{origin} line {line}: {problem}");
            }
        }

        return new PatternSet(origin, patterns, problems);
    }

    private static ErrorPattern? Read(YamlNode entry, int fileTimeout, int line, out string problem)
    {
        problem = "";
        if (entry is not YamlMappingNode map || Text(map, "name") is not { Length: > 0 } name || Text(map, "regex") is not { Length: > 0 } regex)
        {
            problem = "a pattern needs a name and a regex";
            return null;
        }

        if (!Enum.TryParse<PatternKind>(Text(map, "kind") ?? "normal", ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            problem = $"pattern '{name}' has kind '{Text(map, "kind")}' (normal, backup or ignore)";
            return null;
        }

        int timeout = Number(map, "timeout_ms") ?? fileTimeout;
        try
        {
            return new ErrorPattern(name, kind, new Regex(regex, Options, TimeSpan.FromMilliseconds(timeout)), line);
        }
        catch (ArgumentException exception)
        {
            problem = $"pattern '{name}' does not compile: {exception.Message}";
            return null;
        }
    }

    private static string? Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    private static int? Number(YamlMappingNode map, string key) =>
        Text(map, key) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : null;
}
