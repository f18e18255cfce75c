using System.Text.Json;

namespace Hooks.Gateway.Tests.Support;

internal static class Json
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
}
