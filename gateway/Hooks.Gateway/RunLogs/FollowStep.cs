using Hooks.Contracts.Platform;

namespace Hooks.Gateway.RunLogs;

/// <summary>What a follower got: lines (possibly none, when it waited in vain), and whether the log has ended.</summary>
public sealed record FollowStep(IReadOnlyList<RunLogLine> Lines, bool Ended);
