namespace Hooks.Plugins.Ci.Api;

/// <summary><c>POST v1/build</c>: the repository (<c>account/repo</c>), and a branch, a commit, or neither (the default branch's head).</summary>
public sealed record BuildRequestBody(string? AcctRepo, string? Branch, string? Hash, bool Force);
