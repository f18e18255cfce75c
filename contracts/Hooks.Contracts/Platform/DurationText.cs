using System.Globalization;
using System.Text.RegularExpressions;

namespace Hooks.Contracts.Platform;

/// <summary>
/// A length of time as people write it in a plugin's configuration file: <c>90</c> (seconds), <c>30s</c>, <c>15m</c>,
/// <c>2h</c>, <c>7d</c>, <c>01:30:00</c>.
/// </summary>
public static partial class DurationText
{
    /// <summary>Reads <paramref name="text"/>; false when it is none of the forms above or negative.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = WithUnit().Match(text.Trim());
        if (match.Success)
        {
            double amount = double.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
            duration = match.Groups["unit"].Value switch
            {
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                "d" => TimeSpan.FromDays(amount),
                _ => TimeSpan.FromSeconds(amount),
            };
            return duration >= TimeSpan.Zero;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration) && duration >= TimeSpan.Zero;
    }

    [GeneratedRegex("^(?<amount>[0-9]+(?:\\.[0-9]+)?)\\s*(?<unit>s|m|h|d)?$")]
    private static partial Regex WithUnit();
}
