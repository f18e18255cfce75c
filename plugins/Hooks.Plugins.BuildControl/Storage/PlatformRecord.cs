namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>A platform builds are made for; <see cref="Data"/> is the free JSON the nodes build with (<c>mock</c>, <c>definitions</c>, <c>yum</c>, ...).</summary>
public sealed class PlatformRecord
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string Type { get; set; } = "rpm";

    public string? DistrType { get; set; }

    public string? DistrVersion { get; set; }

    public string? TestDistName { get; set; }

    /// <summary>JSON array of architectures.</summary>
    public string ArchList { get; set; } = "[]";

    /// <summary>JSON object.</summary>
    public string Data { get; set; } = "{}";

    public List<RepositoryRecord> Repositories { get; set; } = [];
}
