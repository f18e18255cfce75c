namespace Hooks.Plugins.Ci.Api;

/// <summary>Why a request was refused.</summary>
public sealed record ProblemMessage(string Error);
