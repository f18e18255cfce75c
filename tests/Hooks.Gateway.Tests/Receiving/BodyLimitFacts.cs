using System.Net;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Receiving;

public sealed class BodyLimitFacts : IDisposable
{
    private readonly GatewayFactory _gateway = new();

    public BodyLimitFacts() => _gateway.Settings["Hooks:Receive:MaxBodyBytes"] = "1024";

    [Fact]
    public async Task Body_over_the_configured_limit_returns_413()
    {
        var fixture = WebhookFixture.Get("github", "push-branch.json");
        Assert.True(fixture.Body.Length > 1024);

        var response = await _gateway.PostAsync("github", fixture.Body, ForgeSigner.Headers(fixture, GatewayFactory.Secret, Signing.Correct));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body is larger than 1024 bytes", (await Json.ReadAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Body_under_the_limit_is_accepted()
    {
        byte[] body = "{\"zen\": \"Keep it logically awesome.\", \"hook_id\": 1}"u8.ToArray();
        var headers = new Dictionary<string, string>
        {
            ["X-GitHub-Event"] = "ping",
            ["X-GitHub-Delivery"] = Guid.NewGuid().ToString(),
            ["X-Hub-Signature-256"] = "sha256=" + ForgeSigner.HexHmac(GatewayFactory.Secret, body),
        };

        var response = await _gateway.PostAsync("github", body, headers);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    public void Dispose() => _gateway.Dispose();
}
