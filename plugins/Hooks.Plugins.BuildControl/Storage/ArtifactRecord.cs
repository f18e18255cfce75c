namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>What a node uploaded for a task: an RPM or a log, where it is and its checksum.</summary>
public sealed class ArtifactRecord
{
    public int Id { get; set; }

    public int TaskId { get; set; }

    public required string Name { get; set; }

    /// <summary><c>rpm</c> or <c>build_log</c>.</summary>
    public required string Type { get; set; }

    public required string Href { get; set; }

    public string? Sha256 { get; set; }

    public string? CasHash { get; set; }

    /// <summary>The key a sign node signed it with, and the fingerprint it reported.</summary>
    public int? SignKeyId { get; set; }

    public string? Fingerprint { get; set; }
}
