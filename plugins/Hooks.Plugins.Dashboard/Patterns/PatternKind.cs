namespace Hooks.Plugins.Dashboard.Patterns;

/// <summary>What a pattern's match means (the pattern file's header says the same).</summary>
public enum PatternKind
{
    /// <summary>An error people read.</summary>
    Normal,

    /// <summary>Shown only for a job with no normal match.</summary>
    Backup,

    /// <summary>A match whose captured text this pattern finds is dropped.</summary>
    Ignore,
}
