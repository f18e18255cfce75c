namespace Hooks.Plugins.BuildControl.Model;

/// <summary>What the job of an IN_PROGRESS release does: copy its packages in, or take them out again.</summary>
public enum ReleaseAction
{
    Commit = 1,
    Revert = 2,
}
