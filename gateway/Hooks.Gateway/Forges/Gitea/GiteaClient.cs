using System.Text.Json;
using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;
using Hooks.Gateway.Forges.GitHub;

namespace Hooks.Gateway.Forges.Gitea;

/// <summary>Gitea's and Forgejo's REST API (<c>/api/v1</c>) with <c>Authorization: token</c>; lists follow <c>Link</c>.</summary>
public sealed class GiteaClient(ForgeConnection connection) : IForgeClient
{
    private const int PageSize = 50;

    public string Source => connection.Source;

    public Forge Forge => Forge.Gitea;

    /// <summary>The user name git sends with the source's token on https: Gitea and Forgejo take a token as the password whatever the user name.</summary>
    public const string GitUserName = "x-access-token";

    public bool HasToken => connection.HasToken;

    public static Uri ApiRoot(Uri baseUrl)
    {
        string root = baseUrl.AbsoluteUri.TrimEnd('/');
        return new Uri(root.EndsWith("/api/v1", StringComparison.OrdinalIgnoreCase) ? root + "/" : root + "/api/v1/");
    }

    public static void Authorize(HttpRequestMessage request, string token) => request.Headers.TryAddWithoutValidation("Authorization", "token " + token);

    public Task<byte[]?> FileAsync(string repository, string path, string sha, CancellationToken cancellationToken) =>
        connection.GetBytesOrNullAsync($"repos/{Repository.Parse(repository)}/raw/{FilePath.Escape(path)}?ref={Uri.EscapeDataString(sha)}", cancellationToken);

    /// <summary><c>actions/jobs/:id/logs</c>, as on GitHub (Gitea and Forgejo with Actions).</summary>
    public Task<string> JobLogAsync(string repository, long jobId, CancellationToken cancellationToken) =>
        GitHubClient.ActionsJobLogAsync(connection, "Gitea", repository, jobId, cancellationToken);

    public async Task<string?> BranchHeadAsync(string repository, string branch, CancellationToken cancellationToken)
    {
        using var found = await connection.GetOrNullAsync<JsonDocument>($"repos/{Repository.Parse(repository)}/branches/{Uri.EscapeDataString(branch)}", cancellationToken);
        return found?.RootElement.GetProperty("commit").GetProperty("id").GetString();
    }

    /// <summary>The history of <paramref name="toSha"/> with each commit's files, page by page, down to <paramref name="fromSha"/> (excluded).</summary>
    public async Task<IReadOnlyList<ForgeCommit>> CommitsBetweenAsync(string repository, string fromSha, string toSha, CancellationToken cancellationToken)
    {
        var commits = new List<ForgeCommit>();
        Uri? next = connection.Url($"repos/{Repository.Parse(repository)}/commits?sha={Uri.EscapeDataString(toSha)}&files=true&stat=false&limit={PageSize}");
        while (next is not null)
        {
            using var response = (await connection.SendAsync(HttpMethod.Get, next, null, cancellationToken))!;
            using var page = await connection.ReadAsync<JsonDocument>(response, cancellationToken);
            foreach (var commit in page.RootElement.EnumerateArray())
            {
                string sha = commit.GetProperty("sha").GetString()!;
                if (string.Equals(sha, fromSha, StringComparison.OrdinalIgnoreCase))
                {
                    return commits;
                }

                string[] paths = commit.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array
                    ? [.. files.EnumerateArray().Select(f => f.GetProperty("filename").GetString()!)]
                    : [];
                commits.Add(new ForgeCommit(sha, commit.GetProperty("commit").GetProperty("message").GetString() ?? "", paths));
            }

            next = ForgePages.NextFromHeaders(response, next, PageStyle.LinkHeader, connection);
        }

        return commits;
    }

    /// <summary>Gitea and Forgejo take GitHub's status call.</summary>
    public Task ReportStatusAsync(string repository, string sha, CommitState state, string context, string? description, Uri? targetUrl, CancellationToken cancellationToken) =>
        GitHubStatus.SendAsync(connection, repository, sha, state, context, description, targetUrl, cancellationToken);
}
