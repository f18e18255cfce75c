namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>A named set of platforms builds are added to.</summary>
public sealed class DistributionRecord
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>JSON array of platform names.</summary>
    public string Platforms { get; set; } = "[]";
}
