namespace Hooks.Plugins.Dashboard.Api;

/// <summary>An error answer's body.</summary>
public sealed record ProblemMessage(string Error);
