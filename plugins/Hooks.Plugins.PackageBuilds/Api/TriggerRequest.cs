namespace Hooks.Plugins.PackageBuilds.Api;

/// <summary>The body of <c>POST /plugins/package-builds/api/builds</c>.</summary>
public sealed record TriggerRequest(string? Repository, string? Branch);
