namespace Hooks.Plugins.BuildControl.Nodes;

public sealed record TaskOwner(string Name, string Email);
