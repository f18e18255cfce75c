namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>A build added to a distribution.</summary>
public sealed class DistributionBuildRecord
{
    public int DistributionId { get; set; }

    public int BuildId { get; set; }
}
