namespace Hooks.Contracts.Forges;

/// <summary>
/// The gateway's API clients, one per configured source (<c>Hooks:Sources:&lt;name&gt;:BaseUrl</c> and <c>Token</c>).
/// The token stays inside the gateway: a plugin asks for a client by source name and never sees it. Every client
/// shares the gateway's resilience (retries with back-off, <c>Retry-After</c>, a circuit per host, timeouts) and
/// its source's rate limit (<c>ApiRate</c>).
/// </summary>
public interface IForgeClients
{
    /// <summary>The client of the source called <paramref name="source"/>, whatever its forge.</summary>
    /// <exception cref="ForgeApiException">There is no such source, or it has no <c>BaseUrl</c>.</exception>
    IForgeClient ForSource(string source);

    /// <summary>The GitLab client of the GitLab source called <paramref name="source"/>.</summary>
    /// <exception cref="ForgeApiException">There is no such source, it is not GitLab, or it has no <c>BaseUrl</c>.</exception>
    IGitLabClient GitLab(string source);

    /// <summary>
    /// A GitLab client for an address and token a plugin was configured with itself (a per-project override). It
    /// shares the resilience of every client; the token is sent to <paramref name="baseUrl"/>'s host only.
    /// </summary>
    IGitLabClient GitLab(Uri baseUrl, string token);
}
