using System.Text.Json;
using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;
using Hooks.Gateway.Forges;
using Hooks.Gateway.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Hooks.Gateway.Tests.Forges;

/// <summary>A forge served by WireMock.Net, and the gateway's clients configured with one source pointing at it.</summary>
public sealed class FakeForge : IDisposable
{
    public const string Token = "forge-token-123";

    private readonly ServiceProvider _services;

    public FakeForge(Forge forge, string basePath = "", string? token = Token, double apiRate = 0)
    {
        Server = WireMockServer.Start();
        var source = new Source("fake", forge, null, null, false, new Uri(Server.Url + basePath), token) { ApiRate = apiRate };
        Registry = new SourceRegistry([source]);
        var services = new ServiceCollection();
        services.AddForgeHttp();
        _services = services.BuildServiceProvider();
        Clients = new ForgeClients(Registry, _services.GetRequiredService<IHttpClientFactory>());
        Statuses = new CommitStatuses(Clients, NullLogger<CommitStatuses>.Instance);
    }

    public WireMockServer Server { get; }

    public SourceRegistry Registry { get; }

    public ForgeClients Clients { get; }

    public CommitStatuses Statuses { get; }

    public IForgeClient Client => Clients.ForSource("fake");

    public IReadOnlyList<ILogEntry> Calls => [.. Server.LogEntries.OrderBy(e => e.RequestMessage.DateTime)];

    public void Json(string path, string body, params (string Name, string Value)[] headers) => Json(Request.Create().WithPath(path).UsingGet(), body, headers);

    public void Json(IRequestBuilder request, string body, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithHeader("Content-Type", "application/json").WithBody(body);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(request).RespondWith(response);
    }

    /// <summary>The first call to <paramref name="path"/> is answered 429 (with <c>Retry-After</c> when given), the next ones with <paramref name="body"/>.</summary>
    public void TooManyRequestsOnce(string path, string body, string? retryAfter)
    {
        var tooMany = Response.Create().WithStatusCode(429).WithBody("slow down");
        if (retryAfter is not null)
        {
            tooMany = tooMany.WithHeader("Retry-After", retryAfter);
        }

        Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario(path).WillSetStateTo("limited").RespondWith(tooMany);
        Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario(path).WhenStateIs("limited")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(body));
    }

    public static JsonElement BodyOf(ILogEntry call) => JsonDocument.Parse(call.RequestMessage.Body!).RootElement;

    public static string Header(ILogEntry call, string name) => call.RequestMessage.Headers![name].ToString();

    public void Dispose()
    {
        Clients.Dispose();
        _services.Dispose();
        Server.Stop();
    }
}
