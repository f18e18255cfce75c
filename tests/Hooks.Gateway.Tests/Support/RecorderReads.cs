using Hooks.Testing;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hooks.Gateway.Tests.Support;

/// <summary>What the recorder fixture plugin serves about what it received.</summary>
internal static class RecorderReads
{
    public static async Task<JsonElement[]> ReceivedFor(HttpClient client, string deliveryId) =>
        [.. (await client.GetFromJsonAsync<JsonElement[]>("/plugins/recorder/received"))!.Where(e => e.GetProperty("deliveryId").GetString() == deliveryId)];

    public static async Task<JsonElement[]> FollowUpsFor(HttpClient client, string deliveryId) =>
        [.. (await client.GetFromJsonAsync<JsonElement[]>("/plugins/recorder/follow-ups"))!.Where(e => e.GetProperty("deliveryId").GetString() == deliveryId)];

    public static async Task<string> Post(GatewayFactory gateway, WebhookFixture fixture)
    {
        var response = await gateway.PostAsync(fixture.Source, fixture.Body, ForgeSigner.Headers(fixture, GatewayFactory.Secret, Signing.Correct));
        response.EnsureSuccessStatusCode();
        return (await Json.ReadAsync(response)).GetProperty("delivery").GetString()!;
    }
}
