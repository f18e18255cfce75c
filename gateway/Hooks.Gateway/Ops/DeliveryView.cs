using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Hooks.Contracts.Events;
using Hooks.Gateway.Dispatch;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Normalisation;

namespace Hooks.Gateway.Ops;

/// <summary>
/// A delivery as the admin API shows it: headers (never secrets), the body once, each normalised event with its kind
/// and forge as words (without the raw body again), and each plugin's outcome.
/// </summary>
public sealed record DeliveryView(
    Guid Id,
    string Source,
    string Forge,
    string Event,
    string? DeliveryKey,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DispatchedAt,
    IReadOnlyDictionary<string, string> Headers,
    JsonNode? Body,
    IReadOnlyList<JsonNode> Events,
    string? NormalisationError,
    IReadOnlyList<OutcomeView> Outcomes)
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The delivery with its events (or why it could not be normalised) and outcomes; null when there is none.</summary>
    public static async Task<DeliveryView?> LoadAsync(IInboxStore store, Guid id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } delivery)
        {
            return null;
        }

        IReadOnlyList<HookEvent> events;
        string? normalisationError = null;
        try
        {
            events = Normaliser.Normalise(delivery);
        }
        catch (JsonException exception)
        {
            events = [];
            normalisationError = exception.Message;
        }

        return Of(delivery, events, normalisationError, await store.OutcomesAsync(id, cancellationToken));
    }

    private static DeliveryView Of(Delivery delivery, IReadOnlyList<HookEvent> events, string? normalisationError, IReadOnlyList<PluginOutcome> outcomes)
    {
        JsonNode? body;
        try
        {
            body = JsonNode.Parse(delivery.Body);
        }
        catch (JsonException)
        {
            body = JsonValue.Create(System.Text.Encoding.UTF8.GetString(delivery.Body));
        }

        return new DeliveryView(
            delivery.Id, delivery.Source, delivery.Forge.ToString(), delivery.EventName, delivery.DeliveryKey, delivery.ReceivedAt,
            delivery.DispatchedAt, delivery.Headers, body, [.. events.Select(EventNode)], normalisationError, [.. outcomes.Select(OutcomeView.Of)]);
    }

    private static JsonNode EventNode(HookEvent hookEvent)
    {
        var node = JsonSerializer.SerializeToNode(hookEvent, hookEvent.GetType(), EventJson)!.AsObject();
        node.Remove("raw");
        node.Remove("forge");
        var view = new JsonObject
        {
            ["kind"] = EventKinds.Of(hookEvent.GetType()),
            ["forge"] = hookEvent.Forge.ToString(),
        };
        foreach (var (name, value) in node.ToList())
        {
            node.Remove(name);
            view[name] = value;
        }

        return view;
    }
}
