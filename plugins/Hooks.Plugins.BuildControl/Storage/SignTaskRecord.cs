using Hooks.Plugins.BuildControl.Model;

namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>Signing a build's RPMs with one key, by one sign node at a time.</summary>
public sealed class SignTaskRecord
{
    public int Id { get; set; }

    public int BuildId { get; set; }

    public int SignKeyId { get; set; }

    public SignKeyRecord? SignKey { get; set; }

    public SignStatus Status { get; set; } = SignStatus.Idle;

    /// <summary>While IN_PROGRESS: when the holder's lease runs out and another sign node may take the task.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public string? Node { get; set; }

    public string? NodeName { get; set; }

    public string? ErrorMessage { get; set; }

    public string? LogHref { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>JSON object: the node's stats.</summary>
    public string? Stats { get; set; }
}
