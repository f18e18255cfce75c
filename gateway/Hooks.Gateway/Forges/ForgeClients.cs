using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;
using Hooks.Gateway.Forges.BitbucketCloud;
using Hooks.Gateway.Forges.BitbucketServer;
using Hooks.Gateway.Forges.Gitea;
using Hooks.Gateway.Forges.GitHub;
using Hooks.Gateway.Forges.GitLab;
using Hooks.Gateway.Sources;

namespace Hooks.Gateway.Forges;

/// <summary>One client per configured source, made on first use and kept, each with its source's rate limit.</summary>
public sealed class ForgeClients(SourceRegistry sources, IHttpClientFactory clients) : IForgeClients, IDisposable
{
    private readonly ConcurrentDictionary<string, IForgeClient> _clients = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, RateLimiter> _limiters = new(StringComparer.OrdinalIgnoreCase);

    public IForgeClient ForSource(string source) => _clients.GetOrAdd(source, Create);

    public IGitLabClient GitLab(string source) => ForSource(source) as IGitLabClient
        ?? throw new ForgeApiException($"source '{source}' is a {sources.Get(source)?.Forge} source, not GitLab");

    public IGitLabClient GitLab(Uri baseUrl, string token) =>
        new GitLabClient(new ForgeConnection("(configured)", Forge.GitLab, GitLabClient.ApiRoot(baseUrl), token, GitLabClient.Authorize, clients, null));

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }

    private IForgeClient Create(string name)
    {
        var source = sources.Get(name) ?? throw new ForgeApiException($"'{name}' is not a configured source (Hooks:Sources)");
        if (source.BaseUrl is not { IsAbsoluteUri: true } baseUrl)
        {
            throw new ForgeApiException($"source '{name}' has no BaseUrl (Hooks:Sources:{name}:BaseUrl)");
        }

        var limiter = source.ApiRate > 0 ? _limiters.GetOrAdd(name, _ => Limiter(source.ApiRate)) : null;
        ForgeConnection Connection(Uri root, Action<HttpRequestMessage, string> authorize) =>
            new(source.Name, source.Forge, root, source.Token, authorize, clients, limiter);
        return source.Forge switch
        {
            Forge.GitLab => new GitLabClient(Connection(GitLabClient.ApiRoot(baseUrl), GitLabClient.Authorize)),
            Forge.GitHub => new GitHubClient(Connection(GitHubClient.ApiRoot(baseUrl), GitHubClient.Authorize)),
            Forge.Gitea => new GiteaClient(Connection(GiteaClient.ApiRoot(baseUrl), GiteaClient.Authorize)),
            Forge.BitbucketCloud => new BitbucketCloudClient(Connection(BitbucketCloudClient.ApiRoot(baseUrl), BitbucketCloudClient.Authorize)),
            Forge.BitbucketServer => new BitbucketServerClient(Connection(BitbucketServerClient.ApiRoot(baseUrl), BitbucketServerClient.Authorize)),
            _ => throw new ForgeApiException($"source '{name}' has forge {source.Forge}, which has no API client"),
        };
    }

    /// <summary>A token bucket refilled <paramref name="perSecond"/> times a second, bursting up to a second's worth; callers queue.</summary>
    private static TokenBucketRateLimiter Limiter(double perSecond) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(1, (int)perSecond),
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1 / perSecond),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });
}
