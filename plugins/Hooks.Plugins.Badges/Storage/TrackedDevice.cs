using Hooks.Plugins.Badges.Status;

namespace Hooks.Plugins.Badges.Storage;

/// <summary>A device's current state, as of the project's last refresh.</summary>
public sealed class TrackedDevice
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string ProjectKey { get; set; }

    public required string Label { get; set; }

    public required string Name { get; set; }

    public required string Colour { get; set; }

    public DeviceStatus Status { get; set; }

    /// <summary>When the status last changed.</summary>
    public DateTimeOffset Since { get; set; }

    /// <summary>The open issues behind the status (iids, comma separated).</summary>
    public string Issues { get; set; } = "";

    public IEnumerable<long> IssueNumbers => Issues.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse);
}
