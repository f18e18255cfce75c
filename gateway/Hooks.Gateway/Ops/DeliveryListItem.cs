using Hooks.Gateway.Inbox;

namespace Hooks.Gateway.Ops;

/// <summary>A delivery as the list shows it: without body or headers, with each plugin's outcome in words.</summary>
public sealed record DeliveryListItem(
    Guid Id,
    string Source,
    string Forge,
    string EventName,
    string? DeliveryKey,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DispatchedAt,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<OutcomeView> Outcomes)
{
    public static DeliveryListItem Of(DeliverySummary summary, IEnumerable<PluginOutcome> outcomes) => new(
        summary.Id, summary.Source, summary.Forge, summary.EventName, summary.DeliveryKey, summary.ReceivedAt, summary.DispatchedAt, summary.Kinds,
        [.. outcomes.Select(OutcomeView.Of)]);
}
