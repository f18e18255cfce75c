using Hooks.Contracts.Events;
using Hooks.Contracts.Platform;
using Hooks.Gateway.Forges.BitbucketCloud;
using Hooks.Gateway.Forges.BitbucketServer;
using Hooks.Gateway.Forges.GitHub;
using Hooks.Gateway.Forges.GitLab;
using Hooks.Gateway.Forges.Gitea;
using Hooks.Gateway.Sources;

namespace Hooks.Gateway.Workspaces;

/// <summary>
/// The credentials of a clone its plugin gave none for: the API token of the configured source whose server it is
/// (the scheme and host of the source's <c>BaseUrl</c>, or that host without <c>api.</c>: api.github.com serves
/// github.com), with the user name its forge wants. A source's private repositories build without the token ever
/// reaching a plugin; the token goes to its own server only, and to git only through <c>GIT_ASKPASS</c>.
/// </summary>
public sealed class SourceGitCredentials(SourceRegistry sources)
{
    public GitCredentials? For(RepositoryUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Scheme is not ("https" or "http"))
        {
            return null;
        }

        return sources.Sources.FirstOrDefault(source => source is { Token.Length: > 0, BaseUrl: { } baseUrl } && Serves(baseUrl, url)) is { } found
            ? new GitCredentials(GitUserName(found.Forge), found.Token!)
            : null;
    }

    private static bool Serves(Uri baseUrl, RepositoryUrl url)
    {
        string host = baseUrl.IsDefaultPort ? baseUrl.Host.ToLowerInvariant() : $"{baseUrl.Host.ToLowerInvariant()}:{baseUrl.Port}";
        return baseUrl.Scheme == url.Scheme && (host == url.Host || host == "api." + url.Host);
    }

    private static string GitUserName(Forge forge) => forge switch
    {
        Forge.GitHub => GitHubClient.GitUserName,
        Forge.GitLab => GitLabClient.GitUserName,
        Forge.Gitea => GiteaClient.GitUserName,
        Forge.BitbucketCloud => BitbucketCloudClient.GitUserName,
        Forge.BitbucketServer => BitbucketServerClient.GitUserName,
        _ => throw new ArgumentOutOfRangeException(nameof(forge), forge, "no such forge"),
    };
}
