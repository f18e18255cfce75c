namespace Hooks.Plugins.Dashboard.Patterns;

/// <summary>An error found in a job's log: the pattern that found it, its kind, and the captured text.</summary>
public sealed record FoundError(string Pattern, PatternKind Kind, string Text);
