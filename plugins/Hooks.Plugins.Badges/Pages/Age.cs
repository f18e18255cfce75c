using System.Globalization;

namespace Hooks.Plugins.Badges.Pages;

/// <summary>How long ago, in the few characters a badge has room for.</summary>
public static class Age
{
    public static string Compact(TimeSpan elapsed) => elapsed switch
    {
        { TotalMinutes: < 1 } => "now",
        { TotalHours: < 1 } => Format("{0} min", elapsed.TotalMinutes),
        { TotalDays: < 1 } => Format("{0} h", elapsed.TotalHours),
        { TotalDays: < 365 } => Format("{0} d", elapsed.TotalDays),
        _ => Format("{0} y", elapsed.TotalDays / 365),
    };

    public static string Ago(TimeSpan elapsed) => Compact(elapsed) is "now" ? "just now" : Compact(elapsed) + " ago";

    private static string Format(string format, double value) => string.Format(CultureInfo.InvariantCulture, format, (long)Math.Floor(value));
}
