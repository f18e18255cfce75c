using Hooks.Contracts.Events;
using MediatR;

namespace Hooks.Bench.Plugin;

/// <summary>The handler the benchmark measures: it writes one row per event, as a plugin that records work would.</summary>
public sealed class WriteOneRow(BenchDb db, MemoryRows memory) : INotificationHandler<HookEvent>
{
    public async Task Handle(HookEvent notification, CancellationToken cancellationToken)
    {
        var row = new HandledEvent
        {
            Id = Guid.NewGuid(),
            DeliveryId = notification.DeliveryId,
            ReceivedAt = notification.ReceivedAt,
            HandledAt = DateTimeOffset.UtcNow,
        };
        if (memory.Enabled)
        {
            memory.Rows.Enqueue(row);
            return;
        }

        db.Handled.Add(row);
        await db.SaveChangesAsync(cancellationToken);
    }
}
