using System.Text.RegularExpressions;

namespace Hooks.Plugins.Badges.GitLab;

/// <summary>The next page of a GitLab list: the <c>Link</c> header's <c>rel="next"</c>, else <c>X-Next-Page</c>, else none.</summary>
public static partial class GitLabPagination
{
    public static Uri? Next(HttpResponseMessage response, Uri current)
    {
        if (response.Headers.TryGetValues("Link", out var links))
        {
            var next = NextLink().Match(string.Join(',', links));
            return next.Success ? new Uri(current, next.Groups["url"].Value) : null;
        }

        if (response.Headers.TryGetValues("X-Next-Page", out var nextPage) && nextPage.FirstOrDefault() is { Length: > 0 } page)
        {
            var query = System.Web.HttpUtility.ParseQueryString(current.Query);
            query["page"] = page;
            return new UriBuilder(current) { Query = query.ToString() }.Uri;
        }

        return null;
    }

    [GeneratedRegex(@"<(?<url>[^>]+)>\s*;\s*rel=""?next""?")]
    private static partial Regex NextLink();
}
