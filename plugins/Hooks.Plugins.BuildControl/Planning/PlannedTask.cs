namespace Hooks.Plugins.BuildControl.Planning;

/// <summary>A task to create.</summary>
/// <param name="Position">The task's place in the plan; tasks are created in this order, so ids follow it.</param>
/// <param name="Index">The ref's position in the request, shared by all its tasks.</param>
/// <param name="Platform">The platform's name.</param>
/// <param name="Arch">The architecture, or <c>src</c>.</param>
/// <param name="DependsOn">Positions of the tasks this one waits for.</param>
public sealed record PlannedTask(int Position, int Index, string Platform, string Arch, IReadOnlyList<int> DependsOn);
