using System.Globalization;
using System.Net;
using Hooks.Plugins.BuildControl.Model;

namespace Hooks.Plugins.BuildControl.Pages;

/// <summary>Small pieces the pages share.</summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Time(DateTimeOffset? time) => time is { } t
        ? $"<time datetime=\"{t.UtcDateTime:O}\">{t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC</time>"
        : "";

    public static string Status(BuildTaskStatus status) => Badge(status.ToString());

    /// <summary>A status of any kind (test, sign, release) as the same badge: <c>InProgress</c> shows as IN_PROGRESS.</summary>
    public static string Badge<TStatus>(TStatus status)
        where TStatus : struct, Enum => Badge(status.ToString());

    private static string Badge(string status)
    {
        string upper = string.Concat(status.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
        string name = upper.ToLowerInvariant();
        return $"<span class=\"status {name}\" data-status=\"{name}\">{upper}</span>";
    }

    public const string Style = """
        <style>
        .status{padding:1px 6px;border-radius:4px;font-size:.85em;color:#fff;background:#6d6d6d}
        .status.completed{background:#2e7d32}.status.failed{background:#c62828}.status.started,.status.in_progress{background:#1565c0}
        .status.reverted{background:#9e9e9e}
        .status.excluded,.status.cancelled{background:#9e9e9e}
        .muted{opacity:.7}.error{color:#c62828;font-size:.85em}
        td.cell{vertical-align:top;min-width:12em}td.cell ul{margin:.2em 0;padding-left:1.2em;font-size:.85em}
        </style>
        """;
}
