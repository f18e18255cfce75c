using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.Badges.Status;
using Hooks.Plugins.Badges.Storage;

namespace Hooks.Plugins.Badges.Pages;

/// <summary>
/// A project's page: devices grouped by label colour, each with its badge, status, since when, the open issues behind it,
/// a bar of the worst status of each of the last days and its uptime over them; then the status changes of that window.
/// </summary>
public static class StatusPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Render(ProjectView view, string basePath, int historyDays, IPageLayout layout)
    {
        var page = new StringBuilder();
        string? web = view.Tracked?.WebUrl;
        page.Append(CultureInfo.InvariantCulture, $"""
            <h1>{(web is null ? E(view.Title) : $"<a href=\"{E(web)}\">{E(view.Title)}</a>")}</h1>
            """);
        page.Append("<p class=\"meta\">");
        page.Append(view.Tracked?.RefreshedAt is { } refreshed ? $"Refreshed {Time(refreshed, view.Now)}" : "Not refreshed yet");
        page.Append(web is null ? "" : $" · <a href=\"{E(web)}/-/boards\">issue board</a>");
        page.Append("</p>");
        if ((view.Project.Problem ?? view.Tracked?.LastError) is { } error)
        {
            string at = view.Tracked?.LastErrorAt is { } failed ? " " + Time(failed, view.Now) : "";
            page.Append(CultureInfo.InvariantCulture, $"<p class=\"error\" role=\"alert\">The last refresh failed{at}: {E(error)}</p>");
        }

        var devices = ColourOrder.Sort(view.Devices, d => d.Colour, d => d.Name);
        if (devices.Count == 0)
        {
            page.Append(CultureInfo.InvariantCulture, $"<p>No devices: labels starting with <code>{E(view.Project.Labels.DevicePrefix)}</code> name them.</p>");
        }

        foreach (var group in devices.GroupBy(d => d.Colour.ToUpperInvariant()))
        {
            AppendGroup(page, view, [.. group], basePath, historyDays);
        }

        AppendChanges(page, view, historyDays);
        page.Append(CultureInfo.InvariantCulture, $"<script>{PageStyle.Script}</script>");
        return layout.Render($"{view.Title} · devices", page.ToString(), $"<style>{PageStyle.Css}</style>");
    }

    private static void AppendGroup(StringBuilder page, ProjectView view, List<TrackedDevice> group, string basePath, int historyDays)
    {
        string colour = group[0].Colour;
        page.Append(CultureInfo.InvariantCulture, $"""
            <section class="group" data-colour="{E(colour)}"><h2><span class="swatch" style="background:{E(colour)}"></span>{group.Count} device{(group.Count == 1 ? "" : "s")}</h2>
            <table><thead><tr><th>Device</th><th>Status</th><th>Since</th><th>Open issues</th><th>Last {historyDays} days</th><th>Uptime</th></tr></thead><tbody>
            """);
        foreach (var device in group)
        {
            var history = view.History(device);
            double? uptime = history.Uptime(TimeSpan.FromDays(historyDays));
            string css = StatusText.CssClass(device.Status);
            page.Append(CultureInfo.InvariantCulture, $"""
                <tr data-device="{E(device.Name)}" data-status="{css}">
                <td><img src="{E(basePath)}/{view.Project.Slug}/{Uri.EscapeDataString(device.Name)}.svg" alt="{E(device.Name)}: {E(StatusText.Of(device.Status))}"></td>
                <td class="status {css}">{E(StatusText.Of(device.Status))}</td>
                <td>{Time(device.Since, view.Now)}</td><td>
                """);
            AppendIssues(page, view, device);
            page.Append("</td><td><div class=\"bar\">");
            foreach (var (day, worst) in history.Days(historyDays))
            {
                string status = worst is { } w ? StatusText.Of(w) : "no data";
                page.Append(CultureInfo.InvariantCulture, $"<span class=\"{(worst is { } s ? StatusText.CssClass(s) : "none")}\" title=\"{day:yyyy-MM-dd}: {E(status)}\"></span>");
            }

            page.Append(CultureInfo.InvariantCulture, $"</div></td><td class=\"uptime\">{(uptime is { } u ? u.ToString("0.##%", CultureInfo.InvariantCulture) : "–")}</td></tr>");
        }

        page.Append("</tbody></table></section>");
    }

    private static void AppendIssues(StringBuilder page, ProjectView view, TrackedDevice device)
    {
        var issues = view.IssuesOf(device).ToList();
        if (issues.Count == 0)
        {
            page.Append("none");
            return;
        }

        page.Append("<ul class=\"issues\">");
        foreach (var issue in issues)
        {
            string labels = string.Join(", ", issue.Labels.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            string title = issue.Confidential ? "(confidential)" : issue.Title;
            page.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{E(issue.WebUrl)}\">#{issue.Iid} {E(title)}</a> <span class=\"labels\">{E(labels)} · updated {Time(issue.UpdatedAt, view.Now)}</span></li>");
        }

        page.Append("</ul>");
    }

    private static void AppendChanges(StringBuilder page, ProjectView view, int historyDays)
    {
        var changes = view.Changes.Where(c => c.At >= view.Now.AddDays(-historyDays)).OrderByDescending(c => c.At).ToList();
        page.Append(CultureInfo.InvariantCulture, $"<section class=\"changes\"><h2>Status changes, last {historyDays} days</h2>");
        if (changes.Count == 0)
        {
            page.Append("<p>None.</p></section>");
            return;
        }

        page.Append("<table><thead><tr><th>When</th><th>Device</th><th>Status</th></tr></thead><tbody>");
        foreach (var change in changes)
        {
            string device = view.Devices.FirstOrDefault(d => string.Equals(d.Label, change.Label, StringComparison.OrdinalIgnoreCase))?.Name ?? change.Label;
            page.Append(CultureInfo.InvariantCulture, $"<tr><td>{Time(change.At, view.Now)}</td><td>{E(device)}</td><td class=\"status {StatusText.CssClass(change.Status)}\">{E(StatusText.Of(change.Status))}</td></tr>");
        }

        page.Append("</tbody></table></section>");
    }

    /// <summary>A moment, as "3 h ago" (kept current by the page's script) with the exact UTC time on hover.</summary>
    private static string Time(DateTimeOffset at, DateTimeOffset now) =>
        $"<time datetime=\"{at.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\" title=\"{at.UtcDateTime:yyyy-MM-dd HH:mm} UTC\" data-ago>{Age.Ago(now - at)}</time>";

    private static string E(string text) => Html.Encode(text);
}
