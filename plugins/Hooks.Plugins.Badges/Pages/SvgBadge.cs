using System.Globalization;
using System.Security;
using System.Text;
using Hooks.Plugins.Badges.Status;

namespace Hooks.Plugins.Badges.Pages;

/// <summary>A flat badge in the shields.io look: the device on grey, then its status in colour (and INFO in blue).</summary>
public static class SvgBadge
{
    private const string LabelColour = "#555";

    public static string ForDevice(string device, DeviceStatus status, TimeSpan sinceChange)
    {
        string age = Age.Compact(sinceChange);
        string when = age == "now" ? "" : " · " + age;
        List<(string Text, string Colour)> segments = status == DeviceStatus.RunningInfo
            ? [(device, LabelColour), ("RUNNING" + when, StatusText.Colour(status)), ("INFO", StatusText.InfoColour)]
            : [(device, LabelColour), (StatusText.Of(status) + when, StatusText.Colour(status))];
        return Render($"{device}: {StatusText.Of(status)}, changed {Age.Ago(sinceChange)}", segments);
    }

    public static string Unknown(string device, string message) => Render($"{device}: {message}", [(device, LabelColour), (message, "#9f9f9f")]);

    public static string Render(string title, IReadOnlyList<(string Text, string Colour)> segments)
    {
        var widths = segments.Select(segment => Math.Round(TextWidth.Of(segment.Text) + 10)).ToList();
        double total = widths.Sum();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="20" role="img" aria-label="{Escape(title)}">""");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>");
        svg.Append("""<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<clipPath id="r"><rect width="{total}" height="20" rx="3" fill="#fff"/></clipPath><g clip-path="url(#r)">""");
        double x = 0;
        for (int i = 0; i < segments.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x}" width="{widths[i]}" height="20" fill="{segments[i].Colour}"/>""");
            x += widths[i];
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{total}" height="20" fill="url(#s)"/></g>""");
        svg.Append("""<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">""");
        x = 0;
        for (int i = 0; i < segments.Count; i++)
        {
            double middle = x + (widths[i] / 2);
            string text = Escape(segments[i].Text);
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{middle}" y="15" fill="#010101" fill-opacity=".3">{text}</text><text x="{middle}" y="14">{text}</text>""");
            x += widths[i];
        }

        svg.Append("</g></svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
