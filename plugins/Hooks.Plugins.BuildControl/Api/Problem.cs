namespace Hooks.Plugins.BuildControl.Api;

/// <summary>A refusal with its reason, as the original answered (<c>{"detail": "..."}</c>).</summary>
public sealed record Problem(string Detail);
