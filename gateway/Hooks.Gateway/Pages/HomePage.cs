using System.Globalization;
using System.Net;
using System.Text;
using Hooks.Contracts.Plugins;
using Hooks.Gateway.Dispatch;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Plugins;
using Hooks.Gateway.Receiving;
using Hooks.Gateway.Sources;

namespace Hooks.Gateway.Pages;

/// <summary>
/// <c>/</c>: the sources with the URL to paste into each forge and what they sent, the plugins with their state, and
/// the deliveries, filtered and kept current by the console script.
/// </summary>
public static class HomePage
{
    public static string Render(HttpRequest request, SourceRegistry sources, SourceActivity activity, PluginCatalog plugins, IPageLayout layout, IConfiguration configuration)
    {
        string baseUrl = (configuration["Hooks:PublicUrl"] ?? $"{request.Scheme}://{request.Host}").TrimEnd('/');
        var body = new StringBuilder("<h1>Gateway</h1>");
        body.Append("<h2 id=\"sources\">Sources</h2><table><thead><tr><th>Source</th><th>Forge</th><th>Webhook URL</th><th>Secret</th>"
            + "<th>Last delivery</th><th>Accepted</th><th>Refused</th></tr></thead><tbody>");
        foreach (var info in sources.All)
        {
            var source = sources.Get(info.Name)!;
            var counts = activity.For(source.Name);
            string secret = source.Secret is not null || source.SigningToken is not null ? "<span class=\"yes\">set</span>"
                : source.AllowUnsigned ? "<span class=\"retrying\">none (unsigned allowed)</span>" : "<span class=\"no\">none: refuses all</span>";
            string refused = counts.Refused.Count == 0 ? "0" : string.Join("<br>", counts.Refused.OrderByDescending(r => r.Value).Select(r => $"{r.Value} {E(r.Key)}"));
            body.Append(CultureInfo.InvariantCulture, $"<tr data-source=\"{E(source.Name)}\"><td>{E(source.Name)}</td><td>{source.Forge}</td>"
                + $"<td><code>{E(baseUrl)}/hooks/{E(source.Name)}</code></td><td>{secret}</td><td>{Time(counts.LastAt)}</td>"
                + $"<td>{counts.Accepted}{(counts.Duplicates > 0 ? $" <span class=\"muted\">(+{counts.Duplicates} redelivered)</span>" : "")}</td>"
                + $"<td title=\"{E(counts.LastRefusal ?? "")}\">{refused}</td></tr>");
        }

        body.Append("</tbody></table><p class=\"muted\">Counts since this gateway process started; <a href=\"/metrics\">/metrics</a> has them for dashboards.</p>");
        body.Append("<h2 id=\"plugins\">Plugins</h2><table><thead><tr><th>Plugin</th><th>Version</th><th>State</th><th>Handles</th><th>Folder</th></tr></thead><tbody>");
        foreach (var plugin in plugins.All)
        {
            string name = plugin.IsActive ? $"<a href=\"/plugins/{E(plugin.Id)}/\">{E(plugin.Name ?? plugin.Id)}</a>" : E(plugin.Name ?? plugin.Id);
            string state = $"<span class=\"{plugin.State.ToString().ToLowerInvariant()}\">{plugin.State.ToString().ToLowerInvariant()}</span>"
                + (plugin.Error is null ? "" : $"<div class=\"error\">{E(plugin.Error)}</div>");
            body.Append(CultureInfo.InvariantCulture, $"<tr data-plugin=\"{E(plugin.Id)}\"><td>{name} <span class=\"muted\">{E(plugin.Id)}</span></td><td>{E(plugin.Version ?? "")}</td>"
                + $"<td>{state}</td><td>{E(string.Join(", ", plugin.HandledTypes.Select(t => t == typeof(Contracts.Events.HookEvent) ? "every event" : EventKinds.Of(t))))}</td><td><code>{E(plugin.Folder)}</code></td></tr>");
        }

        body.Append("</tbody></table><p><a href=\"/hangfire\">Jobs dashboard</a> · <a href=\"/api/plugins\">/api/plugins</a></p>");
        body.Append(Filters(request, sources, plugins));
        body.Append("<table id=\"deliveries-table\"><thead><tr><th>Received</th><th>Source</th><th>Event</th><th>Kinds</th><th>Plugins</th></tr></thead>"
            + "<tbody id=\"deliveries\"><tr><td colspan=\"5\" class=\"muted\">loading…</td></tr></tbody></table>");
        return layout.Render("Gateway", body.ToString(), "<script src=\"/assets/console.js\" defer></script>");
    }

    private static string Filters(HttpRequest request, SourceRegistry sources, PluginCatalog plugins)
    {
        string Select(string name, IEnumerable<string> options) =>
            $"<label>{name}<select name=\"{name}\"><option value=\"\">any</option>"
            + string.Concat(options.Select(o => $"<option{(request.Query[name] == o ? " selected" : "")}>{E(o)}</option>")) + "</select></label>";
        string Input(string name, string type) => $"<label>{name}<input type=\"{type}\" name=\"{name}\" value=\"{E(request.Query[name].ToString())}\"></label>";
        return "<h2 id=\"deliveries-title\">Deliveries</h2><form class=\"filters\" method=\"get\" action=\"/\">"
            + Select("source", sources.All.Select(s => s.Name)) + Select("kind", EventKinds.All) + Select("plugin", plugins.All.Select(p => p.Id))
            + Select("status", Enum.GetNames<OutcomeStatus>().Select(s => s.ToLowerInvariant())) + Input("since", "datetime-local") + Input("until", "datetime-local")
            + "<button type=\"submit\">Filter</button> <span id=\"live\" class=\"muted\"></span></form>";
    }

    private static string Time(DateTimeOffset? at) => at is { } time ? $"<time datetime=\"{time:O}\">{time:yyyy-MM-dd HH:mm:ss}Z</time>" : "<span class=\"muted\">none yet</span>";

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
