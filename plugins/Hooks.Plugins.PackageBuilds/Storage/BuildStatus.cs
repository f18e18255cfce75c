namespace Hooks.Plugins.PackageBuilds.Storage;

/// <summary>Where a build is. The last five end it; <see cref="Ignored"/> records a push that builds nothing, with why.</summary>
public enum BuildStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Superseded,
    Ignored,
}
