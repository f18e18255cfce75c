namespace Hooks.Fixtures.Recorder.Storage;

/// <summary>A run of the plugin's own Hangfire job, with the process that ran it.</summary>
public sealed class FollowUp
{
    public Guid Id { get; set; }

    public string DeliveryId { get; set; } = "";

    public int ProcessId { get; set; }

    /// <summary>The node that ran it (<c>HOOKS_NODE</c>, else the machine's name): processes in containers are all process 1.</summary>
    public string? Host { get; set; }

    public string? TraceId { get; set; }

    public DateTimeOffset RanAt { get; set; }
}
