using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;
using Hooks.Gateway.Forges;
using Hooks.Gateway.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Gateway.Tests.Forges;

/// <summary>Clients by source name: the rate limit per source, and what a plugin is told when a source cannot be called.</summary>
public sealed class ForgeClientsFacts
{
    [Fact]
    public async Task A_sources_api_rate_spaces_its_calls()
    {
        using var forge = new FakeForge(Forge.GitHub, "/api/v3", apiRate: 4);
        forge.Json("/api/v3/repos/octo/hello/branches/main", """{"name":"main","commit":{"sha":"a1"}}""");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        for (int i = 0; i < 8; i++)
        {
            await forge.Client.BranchHeadAsync("octo/hello", "main", CancellationToken.None);
        }

        // A burst of 4, then one every 250 ms: the last 4 wait about a second.
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), $"8 calls at 4 a second took {watch.Elapsed}");
    }

    [Fact]
    public void Unknown_sources_sources_without_an_address_and_other_forges_say_so()
    {
        using var services = new ServiceCollection().AddForgeHttp().BuildServiceProvider();
        using var clients = new ForgeClients(
            new SourceRegistry([new Source("gh", Forge.GitHub, null, null, false, null, "t"), new Source("gl", Forge.GitLab, null, null, false, new Uri("https://gitlab.example.org"), "t")]),
            services.GetRequiredService<IHttpClientFactory>());

        Assert.Contains("'nowhere' is not a configured source", Assert.Throws<ForgeApiException>(() => clients.ForSource("nowhere")).Message);
        Assert.Contains("source 'gh' has no BaseUrl", Assert.Throws<ForgeApiException>(() => clients.ForSource("gh")).Message);
        Assert.Same(clients.ForSource("GL"), clients.GitLab("gl"));
    }

    [Theory]
    [InlineData("https://github.com", "https://api.github.com/")]
    [InlineData("https://ghe.example.org", "https://ghe.example.org/api/v3/")]
    [InlineData("https://ghe.example.org/api/v3", "https://ghe.example.org/api/v3/")]
    public void GitHub_base_urls_lead_to_their_api(string baseUrl, string apiRoot) =>
        Assert.Equal(new Uri(apiRoot), Hooks.Gateway.Forges.GitHub.GitHubClient.ApiRoot(new Uri(baseUrl)));
}
