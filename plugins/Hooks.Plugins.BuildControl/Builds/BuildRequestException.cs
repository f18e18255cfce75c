namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>A build request that cannot be planned, with the reason (answered 422).</summary>
public sealed class BuildRequestException(string message) : Exception(message);
