using Hooks.Plugins.PackageBuilds.Storage;

namespace Hooks.Plugins.PackageBuilds.Building;

/// <summary>How a build ended: its status, what ended it (for the page and the mail), the last script's exit code.</summary>
public sealed record BuildOutcome(BuildStatus Status, string? Reason, int? ExitCode)
{
    public static readonly BuildOutcome Success = new(BuildStatus.Succeeded, null, 0);
}
