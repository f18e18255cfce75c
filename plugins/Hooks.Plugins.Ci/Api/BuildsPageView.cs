namespace Hooks.Plugins.Ci.Api;

/// <summary><c>GET v1/builds</c>: one page of the history, newest first, and how many builds the filters match.</summary>
public sealed record BuildsPageView(IReadOnlyList<BuildSum> Builds, int Total, int Page, int PageSize);
