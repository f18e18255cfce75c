namespace Hooks.Fixtures.Recorder.Storage;

public sealed class ReceivedEvent
{
    public Guid Id { get; set; }

    public string DeliveryId { get; set; } = "";

    public string EventType { get; set; } = "";

    public string Source { get; set; } = "";

    public string? Repository { get; set; }

    public string? TraceId { get; set; }

    public int ProcessId { get; set; }

    public DateTimeOffset HandledAt { get; set; }
}
