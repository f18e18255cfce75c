using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Hooks.Plugins.BuildControl.Api;

/// <summary>The original's wire format: snake_case names, nulls written out (the nodes read every field).</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Snake = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Answers are JSON, never HTML: reasons keep their quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject ObjectOf(string? json) =>
        json is { Length: > 0 } && JsonNode.Parse(json) is JsonObject value ? value : [];

    public static T[] ArrayOf<T>(string? json) =>
        json is { Length: > 0 } ? JsonSerializer.Deserialize<T[]>(json, Snake) ?? [] : [];

    public static string Text<T>(T value) => JsonSerializer.Serialize(value, Snake);
}
