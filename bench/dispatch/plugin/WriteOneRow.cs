using Hooks.Contracts.Events;
using MediatR;

namespace Hooks.Bench.Plugin;

/// <summary>The handler the benchmark measures: it writes one row per event, as a plugin that records work would.</summary>
public sealed class WriteOneRow(BenchDb db) : INotificationHandler<HookEvent>
{
    public async Task Handle(HookEvent notification, CancellationToken cancellationToken)
    {
        db.Handled.Add(new HandledEvent
        {
            Id = Guid.NewGuid(),
            DeliveryId = notification.DeliveryId,
            ReceivedAt = notification.ReceivedAt,
            HandledAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
