namespace Hooks.Plugins.Badges.Projects;

/// <summary>The label names that drive a project's traffic light, compared without regard to case.</summary>
public sealed class LabelRules
{
    /// <summary>A project label starting with this names a device (<c>D:Microscope</c>).</summary>
    public string DevicePrefix { get; set; } = "D:";

    /// <summary>Issues carrying only this (besides the device) make the device RUNNING | INFO.</summary>
    public string Information { get; set; } = "Information";

    /// <summary>An issue carrying this makes its devices DOWN.</summary>
    public string Critical { get; set; } = "CRITICAL";

    /// <summary>Issues carrying this are a logbook, not a problem: ignored.</summary>
    public string Logbook { get; set; } = "Logbook";
}
