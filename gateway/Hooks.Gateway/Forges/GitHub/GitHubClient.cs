using System.Net.Http.Headers;
using System.Text.Json;
using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;

namespace Hooks.Gateway.Forges.GitHub;

/// <summary>GitHub's REST API (github.com or Enterprise Server's <c>/api/v3</c>) with a bearer token; lists follow <c>Link</c>.</summary>
public sealed class GitHubClient(ForgeConnection connection) : IForgeClient
{
    public string Source => connection.Source;

    public Forge Forge => Forge.GitHub;

    /// <summary>The user name git sends with the source's token on https: GitHub takes a token with any user name; this one is its documented choice.</summary>
    public const string GitUserName = "x-access-token";

    public bool HasToken => connection.HasToken;

    /// <summary><c>https://github.com</c> means <c>https://api.github.com/</c>; another host is Enterprise Server (<c>/api/v3/</c>) unless the URL names its API.</summary>
    public static Uri ApiRoot(Uri baseUrl)
    {
        if (string.Equals(baseUrl.Host, "github.com", StringComparison.OrdinalIgnoreCase))
        {
            return new Uri("https://api.github.com/");
        }

        string root = baseUrl.AbsoluteUri.TrimEnd('/');
        return new Uri(baseUrl.Host.StartsWith("api.", StringComparison.OrdinalIgnoreCase) || root.EndsWith("/api/v3", StringComparison.OrdinalIgnoreCase) ? root + "/" : root + "/api/v3/");
    }

    public static void Authorize(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-GitHub-Api-Version", "2022-11-28");
    }

    public Task<byte[]?> FileAsync(string repository, string path, string sha, CancellationToken cancellationToken) =>
        connection.GetBytesOrNullAsync($"repos/{Repository.Parse(repository)}/contents/{FilePath.Escape(path)}?ref={Uri.EscapeDataString(sha)}", cancellationToken, "application/vnd.github.raw+json");

    /// <summary><c>actions/jobs/:id/logs</c>: a redirect to the log in short-lived storage, followed without the token.</summary>
    public Task<string> JobLogAsync(string repository, long jobId, CancellationToken cancellationToken) =>
        ActionsJobLogAsync(connection, "GitHub", repository, jobId, cancellationToken);

    /// <summary>An Actions job's log, on GitHub and on Gitea and Forgejo, which serve it at the same path.</summary>
    public static async Task<string> ActionsJobLogAsync(ForgeConnection connection, string forge, string repository, long jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        byte[] log = await connection.GetBytesOrNullAsync($"repos/{Repository.Parse(repository)}/actions/jobs/{jobId}/logs", cancellationToken)
            ?? throw new ForgeApiException($"{forge} has no log of job {jobId} in {repository}");
        return System.Text.Encoding.UTF8.GetString(log);
    }

    public async Task<string?> BranchHeadAsync(string repository, string branch, CancellationToken cancellationToken)
    {
        using var found = await connection.GetOrNullAsync<JsonDocument>($"repos/{Repository.Parse(repository)}/branches/{Uri.EscapeDataString(branch)}", cancellationToken);
        return found?.RootElement.GetProperty("commit").GetProperty("sha").GetString();
    }

    /// <summary>The compare's commits (paged by <c>Link</c>), then each commit's files.</summary>
    public async Task<IReadOnlyList<ForgeCommit>> CommitsBetweenAsync(string repository, string fromSha, string toSha, CancellationToken cancellationToken)
    {
        var repo = Repository.Parse(repository);
        var first = connection.Url($"repos/{repo}/compare/{Uri.EscapeDataString(fromSha)}...{Uri.EscapeDataString(toSha)}?per_page=100");
        var commits = new List<ForgeCommit>();
        for (Uri? next = first; next is not null;)
        {
            using var response = (await connection.SendAsync(HttpMethod.Get, next, null, cancellationToken))!;
            using var page = await connection.ReadAsync<JsonDocument>(response, cancellationToken);
            foreach (var commit in page.RootElement.GetProperty("commits").EnumerateArray())
            {
                string sha = commit.GetProperty("sha").GetString()!;
                using var detail = await connection.GetAsync<JsonDocument>($"repos/{repo}/commits/{sha}", cancellationToken);
                commits.Add(new ForgeCommit(sha, commit.GetProperty("commit").GetProperty("message").GetString() ?? "", Paths(detail.RootElement)));
            }

            next = ForgePages.NextFromHeaders(response, next, PageStyle.LinkHeader, connection);
        }

        return commits;
    }

    public Task ReportStatusAsync(string repository, string sha, CommitState state, string context, string? description, Uri? targetUrl, CancellationToken cancellationToken) =>
        GitHubStatus.SendAsync(connection, repository, sha, state, context, description, targetUrl, cancellationToken);

    private static string[] Paths(JsonElement commit) => commit.TryGetProperty("files", out var files)
        ? [.. files.EnumerateArray().SelectMany(file => file.TryGetProperty("previous_filename", out var before)
            ? new[] { before.GetString()!, file.GetProperty("filename").GetString()! }
            : [file.GetProperty("filename").GetString()!])]
        : [];
}
