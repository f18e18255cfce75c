namespace Hooks.Plugins.Dashboard.Patterns;

/// <summary>The patterns in use, where they came from, and what was wrong with the file (patterns that did not compile).</summary>
/// <param name="Origin">The file's path, or "built-in" for the plugin's own patterns.</param>
/// <param name="Patterns">Every pattern that compiled, in file order.</param>
/// <param name="Problems">One line per pattern (or file) that could not be used, with its line.</param>
public sealed record PatternSet(string Origin, IReadOnlyList<ErrorPattern> Patterns, IReadOnlyList<string> Problems)
{
    public IEnumerable<ErrorPattern> OfKind(PatternKind kind) => Patterns.Where(pattern => pattern.Kind == kind);
}
