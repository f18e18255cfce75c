namespace Hooks.Plugins.Ci.Storage;

/// <summary>Ocelot's build statuses; the API and pages show them by these names, upper case.</summary>
public enum BuildStatus
{
    Queued,
    Running,
    Passed,
    Failed,

    /// <summary>The <c>ocelot.yml</c> did not parse or failed validation: nothing ran.</summary>
    FailedPrestart,
}
