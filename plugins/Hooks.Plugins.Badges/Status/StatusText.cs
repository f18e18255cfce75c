namespace Hooks.Plugins.Badges.Status;

/// <summary>How a status is written and coloured, on badges and pages alike.</summary>
public static class StatusText
{
    public static string Of(DeviceStatus status) => status switch
    {
        DeviceStatus.Running => "RUNNING",
        DeviceStatus.RunningInfo => "RUNNING | INFO",
        DeviceStatus.Limited => "LIMITED",
        _ => "DOWN",
    };

    /// <summary>The badge colour (shields.io's green, yellow and red; INFO is its blue).</summary>
    public static string Colour(DeviceStatus status) => status switch
    {
        DeviceStatus.Running or DeviceStatus.RunningInfo => "#44cc11",
        DeviceStatus.Limited => "#dfb317",
        _ => "#e05d44",
    };

    public const string InfoColour = "#007ec6";

    /// <summary>The colour's name in shields.io's endpoint schema.</summary>
    public static string ShieldsColour(DeviceStatus status) => status switch
    {
        DeviceStatus.Running or DeviceStatus.RunningInfo => "brightgreen",
        DeviceStatus.Limited => "yellow",
        _ => "red",
    };

    /// <summary>A CSS class name for pages.</summary>
    public static string CssClass(DeviceStatus status) => status switch
    {
        DeviceStatus.Running => "running",
        DeviceStatus.RunningInfo => "info",
        DeviceStatus.Limited => "limited",
        _ => "down",
    };
}
