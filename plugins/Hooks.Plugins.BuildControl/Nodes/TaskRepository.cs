namespace Hooks.Plugins.BuildControl.Nodes;

public sealed record TaskRepository(string Name, string Url, int Priority, bool MockEnabled);
