namespace Hooks.Plugins.BuildControl.Model;

/// <summary>A test task's status, with the numbers ALTS and the original web server use.</summary>
public enum TestTaskStatus
{
    Created = 1,
    Started = 2,
    Completed = 3,
    Failed = 4,
    Cancelled = 5,
}
