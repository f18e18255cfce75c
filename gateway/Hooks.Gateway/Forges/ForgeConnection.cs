using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;
using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;

namespace Hooks.Gateway.Forges;

/// <summary>
/// One source's way to its forge's API: the API root, the token (never printed, never sent to another host), the
/// source's rate limit and the gateway's resilient HTTP client. Forge clients build on it.
/// </summary>
public sealed class ForgeConnection(
    string source,
    Forge forge,
    Uri apiRoot,
    string? token,
    Action<HttpRequestMessage, string> authorize,
    IHttpClientFactory clients,
    RateLimiter? limiter)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string Source { get; } = source;

    public Forge Forge { get; } = forge;

    public Uri ApiRoot { get; } = apiRoot;

    public bool HasToken => token is not null;

    public Uri Url(string relative) => new(ApiRoot, relative);

    /// <summary>Whether <paramref name="uri"/> is on the API's own scheme, host and port: the only place the token goes.</summary>
    public bool SameHost(Uri uri) => uri.IsAbsoluteUri
        && string.Equals(uri.Scheme, ApiRoot.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Host, ApiRoot.Host, StringComparison.OrdinalIgnoreCase)
        && uri.Port == ApiRoot.Port;

    /// <summary>Sends a call; an error answer throws <see cref="ForgeApiException"/>, but for 404 with <paramref name="notFoundIsNull"/>.</summary>
    public async Task<HttpResponseMessage?> SendAsync(
        HttpMethod method,
        Uri uri,
        object? body,
        CancellationToken cancellationToken,
        bool notFoundIsNull = false,
        string? accept = null)
    {
        if (!SameHost(uri))
        {
            throw new ForgeApiException($"{Forge} client of '{Source}' refused to call {uri.GetLeftPart(UriPartial.Authority)}: not the host of its BaseUrl");
        }

        using var request = new HttpRequestMessage(method, uri);
        if (token is not null)
        {
            authorize(request, token);
        }

        request.Headers.UserAgent.ParseAdd("Hooks-Gateway");
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json");
        }

        if (limiter is not null)
        {
            using var lease = await limiter.AcquireAsync(1, cancellationToken);
        }

        var response = await clients.CreateClient(ForgeHttp.ClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            if (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            string said = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new ForgeApiException(
                response.StatusCode,
                method.Method,
                uri.AbsolutePath,
                $"{Forge} answered {(int)response.StatusCode} {response.ReasonPhrase} to {method} {uri.AbsolutePath}: {said[..Math.Min(said.Length, 300)]}");
        }
    }

    public async Task<T> GetAsync<T>(string relative, CancellationToken cancellationToken)
    {
        using var response = (await SendAsync(HttpMethod.Get, Url(relative), null, cancellationToken))!;
        return await ReadAsync<T>(response, cancellationToken);
    }

    public async Task<T?> GetOrNullAsync<T>(string relative, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await SendAsync(HttpMethod.Get, Url(relative), null, cancellationToken, notFoundIsNull: true);
        return response is null ? null : await ReadAsync<T>(response, cancellationToken);
    }

    public async Task<byte[]?> GetBytesOrNullAsync(string relative, CancellationToken cancellationToken, string? accept = null)
    {
        using var response = await SendAsync(HttpMethod.Get, Url(relative), null, cancellationToken, notFoundIsNull: true, accept);
        return response is null ? null : await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    public async Task<T> SendJsonAsync<T>(HttpMethod method, string relative, object? body, CancellationToken cancellationToken)
    {
        using var response = (await SendAsync(method, Url(relative), body, cancellationToken))!;
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>A call whose answer is not read (a status, a deletion).</summary>
    public async Task CallAsync(HttpMethod method, Uri uri, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, uri, body, cancellationToken, notFoundIsNull: false);
    }

    /// <summary>Every item of a list, page by page in the forge's <paramref name="style"/>.</summary>
    public Task<List<T>> AllPagesAsync<T>(string relative, PageStyle style, CancellationToken cancellationToken) =>
        ForgePages.AllAsync<T>(this, Url(relative), style, cancellationToken);

    public async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken)
            ?? throw new ForgeApiException($"{Forge} answered {response.RequestMessage?.RequestUri?.AbsolutePath} with an empty body");
    }
}
