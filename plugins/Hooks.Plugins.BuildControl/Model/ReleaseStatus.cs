namespace Hooks.Plugins.BuildControl.Model;

/// <summary>A release's status, with the original web server's numbers.</summary>
public enum ReleaseStatus
{
    Scheduled = 1,
    InProgress = 2,
    Completed = 3,
    Failed = 4,
    Reverted = 5,
}
