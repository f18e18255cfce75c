using Hooks.Plugins.Ci.Configuration;
using Hooks.Plugins.Ci.Storage;

namespace Hooks.Plugins.Ci.Building;

/// <summary>What a run needs to set its stages up: the build, its configuration and the checkout on this worker.</summary>
public sealed record BuildPlan(CiBuild Build, OcelotConfig Config, string CheckoutPath, Guid Runner)
{
    /// <summary>Where the checkout is inside a container, as Ocelot mounted it.</summary>
    public string ContainerWorkspace => "/.ocelot/" + Build.Hash;
}
