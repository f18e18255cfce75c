using System.Net;
using System.Text.Json;
using Hooks.Contracts.Events;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Normalisation;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Gateway.Tests.Receiving;

/// <summary>
/// A fixture delivery through the real HTTP pipeline: signed as its forge signs (202, stored byte for byte, normalised),
/// signed with the wrong secret (401, not stored) or unsigned (401, not stored).
/// </summary>
internal static class FixtureDelivery
{
    /// <summary>Posts the fixture signed right; returns the events its stored delivery normalises to.</summary>
    public static async Task<IReadOnlyList<HookEvent>> AcceptedAndStoredAsync(GatewayFactory gateway, WebhookFixture fixture)
    {
        var response = await gateway.PostAsync(fixture.Source, fixture.Body, ForgeSigner.Headers(fixture, GatewayFactory.Secret, Signing.Correct));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answer = await Json.ReadAsync(response);
        var id = Guid.Parse(answer.GetProperty("delivery").GetString()!);
        var stored = await gateway.Services.GetRequiredService<IInboxStore>().GetAsync(id, default);
        Assert.NotNull(stored);
        Assert.Equal(fixture.Body, stored.Body);
        Assert.Equal(fixture.EventName, stored.EventName);
        Assert.DoesNotContain(stored.Headers.Keys, name => name.Contains("Signature", StringComparison.OrdinalIgnoreCase) || name.Equals("X-Gitlab-Token", StringComparison.OrdinalIgnoreCase));

        var events = Normaliser.Normalise(stored);
        Assert.All(events, normalised =>
        {
            Assert.Equal(fixture.Source, normalised.Source);
            Assert.Equal(fixture.Forge, normalised.Forge);
            Assert.Equal(id.ToString(), normalised.DeliveryId);
            Assert.Equal(fixture.EventName, normalised.EventName);
            Assert.Equal(JsonValueKind.Object, normalised.Raw.ValueKind);
        });
        return events;
    }

    public static async Task RefusedWithTheWrongSecretAsync(GatewayFactory gateway, WebhookFixture fixture)
    {
        string key = Guid.NewGuid().ToString();
        var response = await gateway.PostAsync(fixture.Source, fixture.Body, ForgeSigner.Headers(fixture, GatewayFactory.Secret, Signing.Wrong, key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("does not match", (await Json.ReadAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Null(await gateway.Services.GetRequiredService<IInboxStore>().GetAsync(DeliveryIds.For(fixture.Source, key), default));
    }

    public static async Task RefusedUnsignedAsync(GatewayFactory gateway, WebhookFixture fixture)
    {
        string key = Guid.NewGuid().ToString();
        var response = await gateway.PostAsync(fixture.Source, fixture.Body, ForgeSigner.Headers(fixture, GatewayFactory.Secret, Signing.None, key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("missing ", (await Json.ReadAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Null(await gateway.Services.GetRequiredService<IInboxStore>().GetAsync(DeliveryIds.For(fixture.Source, key), default));
    }
}
