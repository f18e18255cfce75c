namespace Hooks.Bench.Plugin;

public sealed class HandledEvent
{
    public Guid Id { get; set; }

    public string DeliveryId { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset HandledAt { get; set; }
}
