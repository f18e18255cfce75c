namespace Hooks.Plugins.BuildControl.Storage;

/// <summary><see cref="TaskId"/> waits for <see cref="DependsOnId"/>; the row goes when the prerequisite finishes, whatever its outcome.</summary>
public sealed class DependencyRecord
{
    public int TaskId { get; set; }

    public int DependsOnId { get; set; }
}
