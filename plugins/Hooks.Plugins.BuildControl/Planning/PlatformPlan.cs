namespace Hooks.Plugins.BuildControl.Planning;

/// <summary>A platform of a build being planned: its architectures and whether its refs wait for one another.</summary>
public sealed record PlatformPlan(string Name, IReadOnlyList<string> ArchList, bool IndependentTasks);
