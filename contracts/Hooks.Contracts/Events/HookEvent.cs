using System.Text.Json;
using MediatR;

namespace Hooks.Contracts.Events;

/// <summary>
/// What every forge-neutral event carries. Plugins handle the concrete records
/// (<see cref="Push"/>, <see cref="Issue"/>, ...) or this base type to see every event.
/// </summary>
public abstract record HookEvent : INotification
{
    /// <summary>The configured source (forge installation) that posted the delivery.</summary>
    public string Source { get; init; } = "";

    /// <summary>The forge dialect of the source.</summary>
    public Forge Forge { get; init; }

    /// <summary>The gateway's id of the stored delivery (see <c>GET /api/deliveries/{id}</c>).</summary>
    public string DeliveryId { get; init; } = "";

    /// <summary>The forge's own event name, as sent in its event header (<c>push</c>, <c>Issue Hook</c>, <c>repo:push</c>, ...).</summary>
    public string EventName { get; init; } = "";

    /// <summary>When the gateway received the delivery.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The repository the event happened in, where there is one.</summary>
    public RepositoryRef? Repository { get; init; }

    /// <summary>Who caused the event, where the forge says.</summary>
    public Actor? Sender { get; init; }

    /// <summary>The delivery's JSON body as the forge sent it.</summary>
    public JsonElement Raw { get; init; }
}
