namespace Hooks.Plugins.PackageBuilds.Api;

/// <summary>The JSON error body, in the gateway's shape: <c>{"error": "..."}</c>.</summary>
public sealed record ProblemMessage(string Error);
