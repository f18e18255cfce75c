using System.Globalization;

namespace Hooks.Plugins.Badges.Status;

/// <summary>Orders devices so that those whose labels share a colour stand together: groups by hue (greys last), then by name.</summary>
public static class ColourOrder
{
    public static IReadOnlyList<DeviceState> Sort(IEnumerable<DeviceState> devices) => Sort(devices, d => d.Colour, d => d.Name);

    public static IReadOnlyList<T> Sort<T>(IEnumerable<T> items, Func<T, string> colour, Func<T, string> name) =>
        [.. items
            .OrderBy(item => Hue(colour(item)))
            .ThenBy(item => colour(item).ToUpperInvariant(), StringComparer.Ordinal)
            .ThenBy(name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(name, StringComparer.Ordinal)];

    /// <summary>The hue in degrees of <c>#rrggbb</c>; greys after every hue, unreadable colours last.</summary>
    public static double Hue(string colour)
    {
        if (colour.Length != 7 || colour[0] != '#' || !int.TryParse(colour.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int rgb))
        {
            return 720;
        }

        double r = ((rgb >> 16) & 0xff) / 255.0, g = ((rgb >> 8) & 0xff) / 255.0, b = (rgb & 0xff) / 255.0;
        double max = Math.Max(r, Math.Max(g, b)), min = Math.Min(r, Math.Min(g, b)), delta = max - min;
        if (delta < 0.05)
        {
            return 360 + max;
        }

        double hue = max == r ? (g - b) / delta % 6 : max == g ? ((b - r) / delta) + 2 : ((r - g) / delta) + 4;
        return ((hue * 60) + 360) % 360;
    }
}
