using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Hooks.Gateway.Receiving;

/// <summary>The JSON document of a delivery: the body itself, or GitHub's form field <c>payload</c>.</summary>
internal static class JsonPayload
{
    public static byte[]? Extract(string? contentType, byte[] body)
    {
        if (contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
            if (!form.TryGetValue("payload", out var payload) || payload.Count != 1)
            {
                return null;
            }

            body = Encoding.UTF8.GetBytes(payload.ToString());
        }

        return IsJsonObject(body) ? body : null;
    }

    private static bool IsJsonObject(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
