using System.Globalization;
using System.Net;
using Hooks.Plugins.PackageBuilds.Storage;

namespace Hooks.Plugins.PackageBuilds.Pages;

/// <summary>Small pieces the pages share.</summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Time(DateTimeOffset? time) => time is { } t
        ? $"<time datetime=\"{t.UtcDateTime:O}\">{t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC</time>"
        : "";

    public static string Duration(BuildRecord build) => build.Duration is { } d
        ? d.TotalHours >= 1 ? $"{(int)d.TotalHours} h {d.Minutes} min" : d.TotalMinutes >= 1 ? $"{(int)d.TotalMinutes} min {d.Seconds} s" : $"{d.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s"
        : "";

    public static string Status(BuildRecord build) =>
        $"<span class=\"status {build.Status.ToString().ToLowerInvariant()}\" data-status=\"{build.Status.ToString().ToLowerInvariant()}\">{build.Status.ToString().ToLowerInvariant()}</span>";

    public static string Commit(string? commit) => commit is { Length: >= 12 } c ? $"<code title=\"{E(c)}\">{E(c[..12])}</code>" : "<span class=\"muted\">branch head</span>";

    public const string Style = """
        <style>
        .status{padding:1px 6px;border-radius:4px;font-size:.9em}
        .status.succeeded{background:#2e7d32;color:#fff}.status.failed{background:#c62828;color:#fff}
        .status.running{background:#1565c0;color:#fff}.status.queued{background:#6d6d6d;color:#fff}
        .status.cancelled,.status.superseded,.status.ignored{background:#9e9e9e;color:#fff}
        .muted{opacity:.7}
        iframe.log{width:100%;height:70vh;border:1px solid #8886;border-radius:4px}
        </style>
        """;
}
