using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Hooks.Gateway.RunLogs;

/// <summary>
/// Terminal escape codes in log lines: stripped for plain text, or SGR colours and styles (16, 256 and 24-bit
/// colours, bold, dim, italic, underline) turned into escaped HTML with <c>&lt;span style&gt;</c>s. Other sequences
/// (cursor moves, erase, window titles) are dropped. Each line is rendered on its own, starting from no style.
/// </summary>
public static partial class AnsiText
{
    private static readonly string[] Palette =
    [
        "#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5",
        "#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff",
    ];

    public static string Strip(string line) => Escapes().Replace(line, "");

    public static string ToHtml(string line)
    {
        var html = new StringBuilder(line.Length + 16);
        var style = new SgrStyle();
        bool open = false;
        int at = 0;
        foreach (Match escape in Escapes().Matches(line))
        {
            html.Append(WebUtility.HtmlEncode(line[at..escape.Index]));
            at = escape.Index + escape.Length;
            if (escape.Groups["sgr"].Success)
            {
                style.Apply(escape.Groups["sgr"].Value);
                if (open)
                {
                    html.Append("</span>");
                    open = false;
                }

                if (style.Css() is { Length: > 0 } css)
                {
                    html.Append("<span style=\"").Append(css).Append("\">");
                    open = true;
                }
            }
        }

        html.Append(WebUtility.HtmlEncode(line[at..]));
        if (open)
        {
            html.Append("</span>");
        }

        return html.ToString();
    }

    /// <summary>A colour of the 256-colour table: the 16 above, a 6×6×6 cube, and 24 greys.</summary>
    internal static string Colour256(int index) => index switch
    {
        < 0 or > 255 => "",
        < 16 => Palette[index],
        < 232 => Rgb(Level((index - 16) / 36), Level((index - 16) / 6 % 6), Level((index - 16) % 6)),
        _ => Rgb(8 + (10 * (index - 232)), 8 + (10 * (index - 232)), 8 + (10 * (index - 232))),
    };

    internal static string Basic(int index) => Palette[index];

    internal static string Rgb(int red, int green, int blue) =>
        string.Create(CultureInfo.InvariantCulture, $"#{Math.Clamp(red, 0, 255):x2}{Math.Clamp(green, 0, 255):x2}{Math.Clamp(blue, 0, 255):x2}");

    private static int Level(int step) => step == 0 ? 0 : 55 + (40 * step);

    /// <summary>CSI sequences (SGR captured when it ends in <c>m</c>), OSC sequences, and two-character escapes.</summary>
    [GeneratedRegex(@"\x1B(?:\[(?:(?<sgr>[0-9;:]*)m|[0-?]*[ -/]*[@-~])|\][^\x07\x1B]*(?:\x07|\x1B\\)|[@-Z\\-_])")]
    private static partial Regex Escapes();
}
