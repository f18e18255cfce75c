using System.Net;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Auth;

/// <summary>
/// The admin API needs the admin token from anywhere, the machine itself included, unless loopback is trusted on
/// purpose; forwarded addresses count only from proxies the operator named. On a real port, so addresses are real.
/// </summary>
public sealed class AdminAccessFacts : IDisposable
{
    private readonly List<PluginGatewayFactory> _gateways = [];

    [Fact]
    public async Task Loopback_without_the_token_is_refused_by_default()
    {
        var client = Start();

        var response = await client.GetAsync("/api/plugins");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Basic", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task Loopback_is_an_admin_only_when_trusted_on_purpose()
    {
        var client = Start(("Hooks:Admin:TrustLoopback", "true"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/plugins")).StatusCode);
    }

    [Fact]
    public async Task Behind_a_known_proxy_the_forwarded_client_is_no_loopback_admin()
    {
        var client = Start(("Hooks:Admin:TrustLoopback", "true"), ("Hooks:Admin:KnownProxies:0", "127.0.0.1"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/plugins");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/plugins")).StatusCode);
    }

    [Fact]
    public async Task Wrong_token_is_refused_and_the_right_one_admitted_as_bearer_or_basic_password()
    {
        var client = Start();

        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, "Bearer", "not-the-token")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, "Bearer", GatewayFactory.AdminToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("ops:" + GatewayFactory.AdminToken)))).StatusCode);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Without_a_configured_admin_token_the_embedded_gateway_makes_one_only_its_owner_can_read()
    {
        var client = Start(("Hooks:AdminToken", ""));
        string file = Path.Combine(_gateways[^1].DataDirectory, "admin-token");
        string generated = (await File.ReadAllTextAsync(file)).Trim();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(48, generated.Length);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, "Bearer", "")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, "Bearer", GatewayFactory.AdminToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, "Bearer", generated)).StatusCode);
    }

    public void Dispose() => _gateways.ForEach(g => g.Dispose());

    private static async Task<HttpResponseMessage> Send(HttpClient client, string scheme, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/plugins");
        request.Headers.TryAddWithoutValidation("Authorization", $"{scheme} {value}");
        return await client.SendAsync(request);
    }

    private HttpClient Start(params (string Key, string Value)[] settings)
    {
        var gateway = new PluginGatewayFactory();
        _gateways.Add(gateway);
        foreach (var (key, value) in settings)
        {
            gateway.Settings[key] = value;
        }

        gateway.UseKestrel(0);
        gateway.StartServer();
        return gateway.CreateClient();
    }
}
