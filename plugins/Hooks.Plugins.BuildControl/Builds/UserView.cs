namespace Hooks.Plugins.BuildControl.Builds;

public sealed record UserView(int Id, string Username, string? Email);
