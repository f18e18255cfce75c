using System.Text.RegularExpressions;

namespace Hooks.Plugins.Badges.GitLab;

/// <summary>
/// The next page of a GitLab list: the <c>Link</c> header's <c>rel="next"</c>, else <c>X-Next-Page</c>, else none. Only the
/// link's query is taken: GitLab writes links with its external URL, which may not be the address (or host) the plugin
/// was configured to call with its token.
/// </summary>
public static partial class GitLabPagination
{
    public static Uri? Next(HttpResponseMessage response, Uri current)
    {
        if (response.Headers.TryGetValues("Link", out var links))
        {
            var next = NextLink().Match(string.Join(',', links));
            return next.Success ? WithQuery(current, new Uri(current, next.Groups["url"].Value).Query) : null;
        }

        if (response.Headers.TryGetValues("X-Next-Page", out var nextPage) && nextPage.FirstOrDefault() is { Length: > 0 } page)
        {
            var query = System.Web.HttpUtility.ParseQueryString(current.Query);
            query["page"] = page;
            return WithQuery(current, query.ToString() ?? "");
        }

        return null;
    }

    private static Uri WithQuery(Uri current, string query) => new UriBuilder(current) { Query = query.TrimStart('?') }.Uri;

    [GeneratedRegex(@"<(?<url>[^>]+)>\s*;\s*rel=""?next""?")]
    private static partial Regex NextLink();
}
