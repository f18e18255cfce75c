using System.Text.Json.Serialization;

namespace Hooks.Plugins.Dashboard.Patterns;

/// <summary>What a pattern's match means (the pattern file's header says the same); in JSON as in the file.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PatternKind>))]
public enum PatternKind
{
    /// <summary>An error people read.</summary>
    [JsonStringEnumMemberName("normal")]
    Normal,

    /// <summary>Shown only for a job with no normal match.</summary>
    [JsonStringEnumMemberName("backup")]
    Backup,

    /// <summary>A match whose captured text this pattern finds is dropped.</summary>
    [JsonStringEnumMemberName("ignore")]
    Ignore,
}
