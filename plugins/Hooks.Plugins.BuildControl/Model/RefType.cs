namespace Hooks.Plugins.BuildControl.Model;

/// <summary>What a task's <c>git_ref</c> names, with the original's numbers (a missing one is served as a branch).</summary>
public enum RefType
{
    GitBranch = 1,
    GitTag = 2,
    SrpmUrl = 3,
    GitRef = 4,
}
