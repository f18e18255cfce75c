namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>A push that built nothing, and why.</summary>
public sealed class IgnoredPushRecord
{
    public int Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string DeliveryId { get; set; }

    public required string Source { get; set; }

    public string? Repository { get; set; }

    public required string Ref { get; set; }

    public required string Reason { get; set; }
}
