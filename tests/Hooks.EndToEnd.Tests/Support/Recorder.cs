using System.Net.Http.Json;
using System.Text.Json;

namespace Hooks.EndToEnd.Tests.Support;

/// <summary>Reads what the recorder fixture plugin stored (in its own schema), through its endpoints on any instance.</summary>
internal static class Recorder
{
    public static async Task<JsonElement[]> ReceivedAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement[]>("/plugins/recorder/received"))!;

    public static async Task<JsonElement[]> FollowUpsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement[]>("/plugins/recorder/follow-ups"))!;

    public static async Task<string> DeliveryIdAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()).GetProperty("delivery").GetString()!;
    }
}
