namespace Hooks.Plugins.BuildControl.Configuration;

/// <summary>A platform a triggered build is made for, with its architectures (none: the platform's own list).</summary>
public sealed class TriggerPlatform
{
    public string Name { get; set; } = "";

    public List<string> ArchList { get; set; } = [];
}
