namespace Hooks.Plugins.Badges.Status;

/// <summary>A device's state, from least to most severe.</summary>
public enum DeviceStatus
{
    Running = 0,
    RunningInfo = 1,
    Limited = 2,
    Down = 3,
}
