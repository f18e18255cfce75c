using System.Net.Http.Headers;
using System.Text.Json;
using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;

namespace Hooks.Gateway.Forges.BitbucketServer;

/// <summary>
/// Bitbucket Server / Data Center's REST API (<c>/rest/api/1.0</c>) with a bearer token (an HTTP access token);
/// lists follow <c>isLastPage</c> and <c>nextPageStart</c>. A repository is <c>PROJECT/repo</c>.
/// </summary>
public sealed class BitbucketServerClient(ForgeConnection connection) : IForgeClient
{
    public string Source => connection.Source;

    public Forge Forge => Forge.BitbucketServer;

    /// <summary>The user name git sends with the source's token on https: Bitbucket Server's project and repository HTTP access tokens take any user name.</summary>
    public const string GitUserName = "x-token-auth";

    public bool HasToken => connection.HasToken;

    /// <summary>The server's root (its context path included): <c>rest/api/1.0/...</c> and <c>rest/build-status/1.0/...</c> lie under it.</summary>
    public static Uri ApiRoot(Uri baseUrl) => new(baseUrl.AbsoluteUri.TrimEnd('/') + "/");

    public static void Authorize(HttpRequestMessage request, string token) => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public Task<byte[]?> FileAsync(string repository, string path, string sha, CancellationToken cancellationToken) =>
        connection.GetBytesOrNullAsync($"{Repo(repository)}/raw/{FilePath.Escape(path)}?at={Uri.EscapeDataString(sha)}", cancellationToken);

    /// <summary>Bitbucket Server has no CI of its own whose logs it serves.</summary>
    public Task<string> JobLogAsync(string repository, long jobId, CancellationToken cancellationToken) =>
        throw new ForgeApiException($"Bitbucket Server serves no job logs (asked for job {jobId} of {repository})");

    /// <summary>The branch among <c>GET .../branches?filterText=</c> whose <c>displayId</c> is exactly <paramref name="branch"/>.</summary>
    public async Task<string?> BranchHeadAsync(string repository, string branch, CancellationToken cancellationToken)
    {
        var branches = await connection.AllPagesAsync<JsonElement>($"{Repo(repository)}/branches?filterText={Uri.EscapeDataString(branch)}", PageStyle.BitbucketServer, cancellationToken);
        return branches.Where(b => b.GetProperty("displayId").GetString() == branch).Select(b => b.GetProperty("latestCommit").GetString()).FirstOrDefault();
    }

    /// <summary><c>GET .../commits?since={from}&amp;until={to}</c>, then each commit's <c>changes</c>, both paged.</summary>
    public async Task<IReadOnlyList<ForgeCommit>> CommitsBetweenAsync(string repository, string fromSha, string toSha, CancellationToken cancellationToken)
    {
        string repo = Repo(repository);
        var listed = await connection.AllPagesAsync<JsonElement>(
            $"{repo}/commits?since={Uri.EscapeDataString(fromSha)}&until={Uri.EscapeDataString(toSha)}", PageStyle.BitbucketServer, cancellationToken);
        var commits = new List<ForgeCommit>();
        foreach (var commit in listed)
        {
            string sha = commit.GetProperty("id").GetString()!;
            var changes = await connection.AllPagesAsync<JsonElement>($"{repo}/commits/{sha}/changes", PageStyle.BitbucketServer, cancellationToken);
            string[] paths = [.. changes.SelectMany(change => new[] { PathOf(change, "srcPath"), PathOf(change, "path") }).OfType<string>().Distinct(StringComparer.Ordinal)];
            commits.Add(new ForgeCommit(sha, commit.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "", paths));
        }

        return commits;
    }

    /// <summary><c>POST /rest/build-status/1.0/commits/{sha}</c>: INPROGRESS, SUCCESSFUL, FAILED (the only three it takes).</summary>
    public Task ReportStatusAsync(string repository, string sha, CommitState state, string context, string? description, Uri? targetUrl, CancellationToken cancellationToken)
    {
        string url = targetUrl?.AbsoluteUri ?? connection.Url($"projects/{Repository.Parse(repository).Owner}/repos/{Repository.Parse(repository).Name}/commits/{sha}").AbsoluteUri;
        return connection.CallAsync(
            HttpMethod.Post,
            connection.Url($"rest/build-status/1.0/commits/{sha}"),
            new BitbucketStatus(StateName(state), context, context, url, description),
            cancellationToken);
    }

    public static string StateName(CommitState state) => state switch
    {
        CommitState.Pending or CommitState.Running => "INPROGRESS",
        CommitState.Success => "SUCCESSFUL",
        _ => "FAILED",
    };

    private static string Repo(string repository)
    {
        var repo = Repository.Parse(repository);
        return $"rest/api/1.0/projects/{repo.Owner}/repos/{repo.Name}";
    }

    private static string? PathOf(JsonElement change, string side) =>
        change.TryGetProperty(side, out var path) && path.ValueKind == JsonValueKind.Object ? path.GetProperty("toString").GetString() : null;
}
