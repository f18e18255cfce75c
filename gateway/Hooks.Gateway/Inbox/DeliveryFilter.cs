using System.Data.Common;
using static Hooks.Gateway.Inbox.SqlParameters;

namespace Hooks.Gateway.Inbox;

/// <summary>The WHERE conditions of a <see cref="DeliveryQuery"/> over <c>hooks_deliveries d</c> joined to <c>hooks_dispatch p</c>.</summary>
internal static class DeliveryFilter
{
    public static List<string> Build(DbCommand command, DeliveryQuery query, Func<OutcomeStatus, string> statusText)
    {
        var where = new List<string>();
        if (query.Source is not null)
        {
            where.Add("d.source = @source");
            Add(command, "source", query.Source);
        }

        if (query.EventName is not null)
        {
            where.Add("d.event = @event");
            Add(command, "event", query.EventName);
        }

        if (query.Kind is not null)
        {
            where.Add("p.kinds LIKE @kind");
            Add(command, "kind", $"%,{query.Kind},%");
        }

        if (query.Plugin is not null || query.Status is not null)
        {
            var outcome = new List<string> { "o.delivery_id = d.id" };
            if (query.Plugin is not null)
            {
                outcome.Add("o.plugin = @plugin");
                Add(command, "plugin", query.Plugin);
            }

            if (query.Status is { } status)
            {
                outcome.Add("o.status = @status");
                Add(command, "status", statusText(status));
            }

            where.Add($"EXISTS (SELECT 1 FROM hooks_outcomes o WHERE {string.Join(" AND ", outcome)})");
        }

        if (query.Since is { } since)
        {
            where.Add("d.received_at >= @since");
            Add(command, "since", since);
        }

        if (query.Until is { } until)
        {
            where.Add("d.received_at < @until");
            Add(command, "until", until);
        }

        return where;
    }
}
