using System.Text.Json;

namespace Hooks.Gateway.Cli;

/// <summary>Prints rows as aligned columns for people, or the gateway's JSON as it came with <c>--json</c>.</summary>
public static class Table
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>An array of objects, one row each, a column per named property.</summary>
    public static void WriteObjects(TextWriter output, bool json, JsonElement array, IReadOnlyList<string> columns) =>
        Write(output, json, array, columns, array.EnumerateArray().Select(item => (IReadOnlyList<string>)[.. columns.Select(c => Text(item, c))]));

    public static void Write(TextWriter output, bool json, JsonElement raw, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(raw, Indented));
            return;
        }

        var all = rows.ToList();
        int[] widths = [.. headers.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length)))];
        output.WriteLine(string.Join("  ", headers.Select((h, i) => h.ToUpperInvariant().PadRight(widths[i]))).TrimEnd());
        foreach (var row in all)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }
    }

    public static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => "",
            JsonValueKind.Array => string.Join(",", value.EnumerateArray().Select(v => v.ToString())),
            _ => value.ToString(),
        } : "";
}
