namespace Hooks.Plugins.Dashboard.Patterns;

/// <summary>What a log yielded: its errors (normal and backup), its dependency list (null when it has none), and problems (patterns that timed out).</summary>
public sealed record Classification(IReadOnlyList<FoundError> Errors, IReadOnlyList<Dependency>? Dependencies, IReadOnlyList<string> Problems);
