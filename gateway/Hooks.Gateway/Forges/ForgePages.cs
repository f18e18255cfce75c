using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using Hooks.Contracts.Forges;

namespace Hooks.Gateway.Forges;

/// <summary>
/// Follows a list's pages in each forge's style. Links are followed on the source's own host only: GitLab's links
/// carry its external URL, which may differ from the configured address, so only their query is taken; any other
/// forge's link to another host is refused rather than sending the token there.
/// </summary>
public static partial class ForgePages
{
    private const int MaxPages = 1000;

    public static async Task<List<T>> AllAsync<T>(ForgeConnection connection, Uri first, PageStyle style, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        Uri? next = style switch
        {
            PageStyle.GitLab => WithParameters(first, ("per_page", "100"), ("page", "1")),
            PageStyle.LinkHeader => first, // the page size is the caller's: GitHub calls it per_page, Gitea limit
            PageStyle.BitbucketCloud => WithParameters(first, ("pagelen", "100")),
            _ => WithParameters(first, ("limit", "100")),
        };
        for (int pages = 0; next is not null; pages++)
        {
            if (pages == MaxPages)
            {
                throw new ForgeApiException($"{connection.Forge} kept paging past {MaxPages} pages of {first.AbsolutePath}");
            }

            using var response = (await connection.SendAsync(HttpMethod.Get, next, null, cancellationToken))!;
            next = style switch
            {
                PageStyle.LinkHeader or PageStyle.GitLab => await ArrayPageAsync(connection, response, next, style, items, cancellationToken),
                _ => await ValuesPageAsync(connection, response, next, style, items, cancellationToken),
            };
        }

        return items;
    }

    /// <summary>The next page of a header-paged list: <c>Link: rel="next"</c>, else (GitLab) <c>X-Next-Page</c>, else none.</summary>
    public static Uri? NextFromHeaders(HttpResponseMessage response, Uri current, PageStyle style, ForgeConnection connection)
    {
        if (response.Headers.TryGetValues("Link", out var links))
        {
            var match = NextLink().Match(string.Join(',', links));
            if (!match.Success)
            {
                return null;
            }

            var link = new Uri(current, match.Groups["url"].Value);
            return style == PageStyle.GitLab ? Overlay(current, link.Query) : OnSameHost(connection, link);
        }

        if (style == PageStyle.GitLab && response.Headers.TryGetValues("X-Next-Page", out var nextPage) && nextPage.FirstOrDefault() is { Length: > 0 } page)
        {
            return WithParameters(current, ("page", page));
        }

        return null;
    }

    private static async Task<Uri?> ArrayPageAsync<T>(ForgeConnection connection, HttpResponseMessage response, Uri current, PageStyle style, List<T> items, CancellationToken cancellationToken)
    {
        items.AddRange(await connection.ReadAsync<List<T>>(response, cancellationToken));
        return NextFromHeaders(response, current, style, connection);
    }

    private static async Task<Uri?> ValuesPageAsync<T>(ForgeConnection connection, HttpResponseMessage response, Uri current, PageStyle style, List<T> items, CancellationToken cancellationToken)
    {
        using var page = await connection.ReadAsync<JsonDocument>(response, cancellationToken);
        var root = page.RootElement;
        if (root.TryGetProperty("values", out var values))
        {
            items.AddRange(values.Deserialize<List<T>>(ForgeConnection.Json) ?? []);
        }

        if (style == PageStyle.BitbucketCloud)
        {
            return root.TryGetProperty("next", out var next) && next.GetString() is { Length: > 0 } url ? OnSameHost(connection, new Uri(current, url)) : null;
        }

        bool last = !root.TryGetProperty("isLastPage", out var isLast) || isLast.GetBoolean();
        return !last && root.TryGetProperty("nextPageStart", out var start)
            ? WithParameters(current, ("start", start.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : null;
    }

    private static Uri OnSameHost(ForgeConnection connection, Uri link) => connection.SameHost(link)
        ? link
        : throw new ForgeApiException($"{connection.Forge} pointed the next page of '{connection.Source}' at {link.GetLeftPart(UriPartial.Authority)}, not the host of its BaseUrl; not followed");

    /// <summary>The current address with the link's parameters over its own: GitLab's link may name another address.</summary>
    private static Uri Overlay(Uri current, string linkQuery)
    {
        var query = HttpUtility.ParseQueryString(current.Query);
        var link = HttpUtility.ParseQueryString(linkQuery);
        foreach (string? name in link.AllKeys)
        {
            if (name is not null)
            {
                query.Remove(name);
                foreach (string value in link.GetValues(name) ?? [])
                {
                    query.Add(name, value);
                }
            }
        }

        return new UriBuilder(current) { Query = query.ToString() ?? "" }.Uri;
    }

    public static Uri WithParameters(Uri uri, params (string Name, string Value)[] parameters)
    {
        var query = HttpUtility.ParseQueryString(uri.Query);
        foreach (var (name, value) in parameters)
        {
            query[name] = value;
        }

        return new UriBuilder(uri) { Query = query.ToString() ?? "" }.Uri;
    }

    [GeneratedRegex(@"<(?<url>[^>]+)>\s*;\s*rel=""?next""?")]
    private static partial Regex NextLink();
}
