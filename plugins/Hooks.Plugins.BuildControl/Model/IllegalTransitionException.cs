namespace Hooks.Plugins.BuildControl.Model;

/// <summary>A build task was asked to make a move its status does not allow.</summary>
public sealed class IllegalTransitionException(BuildTaskStatus from, BuildTaskStatus to)
    : InvalidOperationException($"a build task cannot go from {from.ToString().ToUpperInvariant()} to {to.ToString().ToUpperInvariant()}")
{
    public BuildTaskStatus From { get; } = from;

    public BuildTaskStatus To { get; } = to;
}
