using System.Net;
using Hooks.Gateway.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Gateway.Tests.Auth;

/// <summary>
/// Every route is public by declaration or protected: the test walks the route table of a gateway with plugins loaded,
/// checks that the public ones are exactly those meant to be, and calls every other one without credentials.
/// </summary>
public sealed class RouteTableFacts(PluginGatewayFactory gateway) : IClassFixture<PluginGatewayFactory>
{
    private static readonly string[] Public =
    [
        "POST /hooks/{source}", "GET /healthz", "GET /readyz", "GET /metrics", "GET /assets/hooks.css", "GET /assets/console.js",
        "GET /plugins/recorder/received", "GET /plugins/recorder/follow-ups", "GET /plugins/recorder/greeting",
    ];

    [Fact]
    public void Public_routes_are_exactly_the_declared_ones()
    {
        var declaredPublic = Routes().Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(r => r.Name).Order();

        Assert.Equal(Public.Order(), declaredPublic);
    }

    [Fact]
    public async Task Every_other_route_answers_401_without_credentials()
    {
        var client = gateway.CreateClient();
        var protectedRoutes = Routes().Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null).ToList();
        Assert.True(protectedRoutes.Count >= 8, $"only {protectedRoutes.Count} protected routes found");

        foreach (var (name, endpoint) in protectedRoutes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(name.Split(' ')[0]), Fill(endpoint.RoutePattern.RawText!));
            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{name} answered {(int)response.StatusCode} without credentials");
        }
    }

    private List<(string Name, RouteEndpoint Endpoint)> Routes()
    {
        _ = gateway.CreateClient();
        return [.. gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => ($"{m} {e.RoutePattern.RawText}", e)))];
    }

    private static string Fill(string pattern) => System.Text.RegularExpressions.Regex.Replace(
        pattern, @"\{\*{0,2}(\w+)(:(\w+))?\}", m => m.Groups[3].Value == "guid" ? Guid.NewGuid().ToString() : "x");
}
