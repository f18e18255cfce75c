using Hooks.Plugins.Badges.Status;

namespace Hooks.Plugins.Badges.Storage;

/// <summary>A device entered a status: the history behind the status page's timeline and uptime.</summary>
public sealed class StatusChange
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string ProjectKey { get; set; }

    public required string Label { get; set; }

    public DeviceStatus Status { get; set; }

    public DateTimeOffset At { get; set; }
}
