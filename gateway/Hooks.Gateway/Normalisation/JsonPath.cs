using System.Globalization;
using System.Text.Json;

namespace Hooks.Gateway.Normalisation;

/// <summary>Null-tolerant reading of forge payloads: a missing or null member is null, never an exception.</summary>
internal static class JsonPath
{
    public const string ZeroSha = "0000000000000000000000000000000000000000";

    public static JsonElement? At(this JsonElement element, params ReadOnlySpan<string> path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : current;
    }

    public static bool Has(this JsonElement element, params ReadOnlySpan<string> path) => element.At(path) is not null;

    /// <summary>Text of a string, number or boolean member.</summary>
    public static string? Str(this JsonElement element, params ReadOnlySpan<string> path) => element.At(path) switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } value => value.GetRawText(),
        _ => null,
    };

    /// <summary>Text that is not empty, or null.</summary>
    public static string? Text(this JsonElement element, params ReadOnlySpan<string> path) =>
        element.Str(path) is { Length: > 0 } text ? text : null;

    public static long? Long(this JsonElement element, params ReadOnlySpan<string> path) => element.At(path) switch
    {
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out long number) => number,
        { ValueKind: JsonValueKind.String } value when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long number) => number,
        _ => null,
    };

    public static bool Bool(this JsonElement element, params ReadOnlySpan<string> path) =>
        element.At(path) is { ValueKind: JsonValueKind.True };

    public static IEnumerable<JsonElement> Items(this JsonElement element, params ReadOnlySpan<string> path) =>
        element.At(path) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>One text member of each item of an array, such as the names of labels.</summary>
    public static IReadOnlyList<string> Names(this JsonElement element, string[] arrayPath, string field) =>
        [.. element.Items(arrayPath).Select(item => item.Str(field)).OfType<string>()];

    public static IReadOnlyList<string> Strings(this JsonElement element, params ReadOnlySpan<string> path) =>
        [.. element.Items(path).Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)];

    /// <summary>ISO 8601, GitLab's <c>2017-12-10 16:41:28 UTC</c> and <c>+0800</c> forms, and Unix seconds.</summary>
    public static DateTimeOffset? Time(this JsonElement element, params ReadOnlySpan<string> path)
    {
        if (element.At(path) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return value.ValueKind == JsonValueKind.String ? ParseTime(value.GetString()!) : null;
    }

    public static DateTimeOffset? ParseTime(string text)
    {
        string normalised = text.EndsWith(" UTC", StringComparison.Ordinal) ? text[..^4] + "Z" : text;
        if (normalised.Length > 5 && normalised[^5] is '+' or '-' && normalised[^3] != ':' && char.IsAsciiDigit(normalised[^1]))
        {
            normalised = normalised[..^2] + ":" + normalised[^2..];
        }

        return DateTimeOffset.TryParse(normalised, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
    }

    public static string WithoutPrefix(string value, string prefix) =>
        value.StartsWith(prefix, StringComparison.Ordinal) ? value[prefix.Length..] : value;
}
