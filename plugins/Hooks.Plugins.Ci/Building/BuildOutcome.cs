using Hooks.Plugins.Ci.Storage;

namespace Hooks.Plugins.Ci.Building;

/// <summary>How a run ended: <c>PASSED</c>, or <c>FAILED</c> with what failed it; <see cref="Stopped"/> when it was cut short.</summary>
public sealed record BuildOutcome(BuildStatus Status, string? Reason, bool Stopped = false)
{
    public static readonly BuildOutcome Passed = new(BuildStatus.Passed, null);

    public static BuildOutcome Failed(string reason) => new(BuildStatus.Failed, reason);
}
