using System.Net.Http.Json;
using System.Text.Json;

namespace Hooks.Plugins.Badges.GitLab;

/// <summary>
/// The calls the traffic light needs of GitLab's REST API (v4), for one project, authenticated with <c>PRIVATE-TOKEN</c>.
/// Lists follow GitLab's pagination: the <c>Link: rel="next"</c> header, or <c>X-Next-Page</c> where there is no link.
/// </summary>
public sealed class GitLabApi(HttpClient http, Uri apiRoot, string token, string project)
{
    private const int PageSize = 100;
    private const int MaxPages = 1000;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly string _project = Uri.EscapeDataString(project);

    public Task<GitLabProject> ProjectAsync(CancellationToken cancellationToken) =>
        SendAsync<GitLabProject>(HttpMethod.Get, $"projects/{_project}", null, cancellationToken);

    public Task<List<GitLabLabel>> LabelsAsync(CancellationToken cancellationToken) =>
        AllPagesAsync<GitLabLabel>($"projects/{_project}/labels?include_ancestor_groups=true", cancellationToken);

    public Task<List<GitLabIssue>> OpenIssuesAsync(CancellationToken cancellationToken) =>
        AllPagesAsync<GitLabIssue>($"projects/{_project}/issues?state=opened", cancellationToken);

    public Task<List<GitLabBadge>> BadgesAsync(CancellationToken cancellationToken) =>
        AllPagesAsync<GitLabBadge>($"projects/{_project}/badges", cancellationToken);

    public Task<GitLabBadge> CreateBadgeAsync(BadgeFields badge, CancellationToken cancellationToken) =>
        SendAsync<GitLabBadge>(HttpMethod.Post, $"projects/{_project}/badges", badge, cancellationToken);

    public Task<GitLabBadge> EditBadgeAsync(long id, BadgeFields badge, CancellationToken cancellationToken) =>
        SendAsync<GitLabBadge>(HttpMethod.Put, $"projects/{_project}/badges/{id}", badge, cancellationToken);

    public async Task DeleteBadgeAsync(long id, CancellationToken cancellationToken)
    {
        using var response = await CallAsync(HttpMethod.Delete, new Uri(apiRoot, $"projects/{_project}/badges/{id}"), null, cancellationToken);
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await CallAsync(method, new Uri(apiRoot, path), body, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new GitLabApiException(response.StatusCode, $"GitLab answered {method} {path} with an empty body");
    }

    private async Task<List<T>> AllPagesAsync<T>(string path, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        Uri? next = new(apiRoot, path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"per_page={PageSize}&page=1");
        for (int pages = 0; next is not null; pages++)
        {
            if (pages == MaxPages)
            {
                throw new InvalidOperationException($"GitLab kept paging past {MaxPages} pages of {path}");
            }

            using var response = await CallAsync(HttpMethod.Get, next, null, cancellationToken);
            items.AddRange(await response.Content.ReadFromJsonAsync<List<T>>(Json, cancellationToken) ?? []);
            next = GitLabPagination.Next(response, next);
        }

        return items;
    }

    private async Task<HttpResponseMessage> CallAsync(HttpMethod method, Uri uri, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Add("PRIVATE-TOKEN", token);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body, Json), System.Text.Encoding.UTF8, "application/json");
        }

        var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            string said = await response.Content.ReadAsStringAsync(cancellationToken);
            string hint = (int)response.StatusCode is 401 or 403 ? " (check the project's Token: it needs the api scope and the Maintainer role to edit badges)" : "";
            throw new GitLabApiException(
                response.StatusCode,
                $"GitLab answered {(int)response.StatusCode} {response.ReasonPhrase} to {method} {uri.AbsolutePath}{hint}: {said[..Math.Min(said.Length, 300)]}");
        }
    }
}
