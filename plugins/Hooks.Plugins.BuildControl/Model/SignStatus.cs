namespace Hooks.Plugins.BuildControl.Model;

/// <summary>A sign task's status, with the numbers albs-sign-node and the original web server use.</summary>
public enum SignStatus
{
    Idle = 1,
    InProgress = 2,
    Completed = 3,
    Failed = 4,
}
