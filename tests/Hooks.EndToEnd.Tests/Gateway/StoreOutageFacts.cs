using System.Net;
using Hooks.EndToEnd.Tests.Support;
using Hooks.Testing;

namespace Hooks.EndToEnd.Tests.Gateway;

/// <summary>With the store down nothing is answered 202; when it is back, deliveries are taken again.</summary>
public sealed class StoreOutageFacts
{
    private static readonly WebhookFixture GitHubPush = WebhookFixture.Get("github", "push-branch.json");

    [Fact]
    public async Task Store_down_gives_503_and_not_ready_then_recovers()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await using var gateway = await GatewayProcess.StartAsync(await postgres.CreateDatabaseAsync());
        Assert.Equal(HttpStatusCode.Accepted, (await gateway.PostAsync(GitHubPush)).StatusCode);

        await postgres.StopAsync();
        var down = await gateway.PostAsync(GitHubPush);
        var readiness = await gateway.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains("send it again", await down.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);

        await postgres.StartAgainAsync();
        var back = await Eventually.Get(async () => (await gateway.PostAsync(GitHubPush)).StatusCode, s => s == HttpStatusCode.Accepted, "the gateway to accept again");
        Assert.Equal(HttpStatusCode.Accepted, back);
    }
}
