using System.Globalization;
using System.Net;
using Hooks.Plugins.Ci.Storage;

namespace Hooks.Plugins.Ci.Pages;

/// <summary>Small pieces the pages share.</summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Time(DateTimeOffset? time) => time is { } t
        ? $"<time datetime=\"{t.UtcDateTime:O}\">{t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC</time>"
        : "";

    public static string Duration(CiBuild build) => build.Duration is { } d
        ? d.TotalMinutes >= 1 ? $"{(int)d.TotalMinutes} min {d.Seconds} s" : $"{d.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s"
        : "";

    public static string Status(CiBuild build) => Status(Names.Of(build.Status));

    public static string Status(string name) => $"<span class=\"status {name.ToLowerInvariant()}\" data-status=\"{name}\">{name}</span>";

    public static string Hash(string hash) => $"<code title=\"{E(hash)}\">{E(hash.Length > 7 ? hash[..7] : hash)}</code>";

    public const string Style = """
        <style>
        .status{padding:1px 6px;border-radius:4px;font-size:.85em}
        .status.passed{background:#2e7d32;color:#fff}.status.failed,.status.failed_prestart{background:#c62828;color:#fff}
        .status.running{background:#1565c0;color:#fff}.status.queued{background:#6d6d6d;color:#fff}
        .stage-0{color:#2e7d32}.stage-1{color:#c62828}.stage-2{opacity:.6}
        .muted{opacity:.7}
        iframe.log{width:100%;height:60vh;border:1px solid #8886;border-radius:4px}
        </style>
        """;
}
