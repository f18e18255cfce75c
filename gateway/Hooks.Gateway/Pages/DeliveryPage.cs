using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Hooks.Contracts.Plugins;
using Hooks.Gateway.Ops;

namespace Hooks.Gateway.Pages;

/// <summary><c>/deliveries/{id}</c>: headers, body, the normalised events and each plugin's outcome, with replay buttons.</summary>
public static class DeliveryPage
{
    private static readonly JsonSerializerOptions Pretty = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Render(DeliveryView delivery, IPageLayout layout)
    {
        var body = new StringBuilder();
        string dispatched = delivery.DispatchedAt is { } at ? string.Create(CultureInfo.InvariantCulture, $", dispatched {at:HH:mm:ss.fff}Z") : ", not dispatched yet";
        body.Append(CultureInfo.InvariantCulture, $"<h1>{E(delivery.Event)} <span class=\"muted\">from {E(delivery.Source)} ({E(delivery.Forge)})</span></h1>");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">delivery <code>{delivery.Id}</code>, forge id <code>{E(delivery.DeliveryKey ?? "none")}</code>, ");
        body.Append(CultureInfo.InvariantCulture, $"received <time datetime=\"{delivery.ReceivedAt:O}\">{delivery.ReceivedAt:yyyy-MM-dd HH:mm:ss}Z</time>{dispatched}</p>");
        body.Append(CultureInfo.InvariantCulture, $"<h2>Plugins</h2><p><button data-replay=\"\" data-delivery=\"{delivery.Id}\">Replay to every plugin</button> <span id=\"replayed\" class=\"muted\"></span></p>");
        body.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>Plugin</th><th>Outcome</th><th>Attempts</th><th>Last error</th><th>Retry job</th><th></th></tr></thead><tbody id=\"outcomes\" data-delivery=\"{delivery.Id}\">");
        foreach (var outcome in delivery.Outcomes)
        {
            body.Append(OutcomeRow(delivery.Id, outcome));
        }

        body.Append("</tbody></table>");
        if (delivery.NormalisationError is { } error)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"error\">Could not be normalised: {E(error)}</p>");
        }

        body.Append("<h2>Events</h2>");
        body.Append(CultureInfo.InvariantCulture, $"<pre id=\"events\">{E(JsonSerializer.Serialize(delivery.Events, Pretty))}</pre>");
        body.Append("<h2>Headers</h2><table><tbody>");
        foreach (var (name, value) in delivery.Headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(name)}</th><td><code>{E(value)}</code></td></tr>");
        }

        body.Append("</tbody></table><h2>Body</h2>");
        body.Append(CultureInfo.InvariantCulture, $"<pre id=\"body\">{E(JsonSerializer.Serialize(delivery.Body, Pretty))}</pre>");
        return layout.Render($"{delivery.Event} from {delivery.Source}", body.ToString(), "<script src=\"/assets/console.js\" defer></script>");
    }

    /// <summary>The same row the console script writes when it refreshes the outcomes.</summary>
    public static string OutcomeRow(Guid delivery, OutcomeView outcome) =>
        $"<tr data-plugin=\"{E(outcome.Plugin)}\"><td>{E(outcome.Plugin)}</td><td class=\"{outcome.Status}\">{outcome.Status}</td><td>{outcome.Attempts}</td>"
        + $"<td class=\"error\">{E(outcome.LastError ?? "")}</td><td>{(outcome.JobId is { } job ? $"<a href=\"/hangfire/jobs/details/{E(job)}\">{E(job)}</a>" : "")}</td>"
        + $"<td><button data-replay=\"{E(outcome.Plugin)}\" data-delivery=\"{delivery}\">Replay</button></td></tr>";

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
