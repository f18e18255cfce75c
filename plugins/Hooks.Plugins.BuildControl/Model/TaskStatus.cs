namespace Hooks.Plugins.BuildControl.Model;

/// <summary>A build task's status, with the numbers the build nodes and the original web server use.</summary>
public enum BuildTaskStatus
{
    Idle = 0,
    Started = 1,
    Completed = 2,
    Failed = 3,
    Excluded = 4,
    Cancelled = 5,
}
