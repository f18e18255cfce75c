namespace Hooks.Plugins.Ci.Api;

/// <summary><c>GET v1/status</c>: the build and its stage rows in order.</summary>
public sealed record BuildStatusView(BuildSum BuildSum, IReadOnlyList<StageView> Stages);
