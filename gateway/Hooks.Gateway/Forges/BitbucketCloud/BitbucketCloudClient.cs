using System.Net.Http.Headers;
using System.Text.Json;
using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;

namespace Hooks.Gateway.Forges.BitbucketCloud;

/// <summary>Bitbucket Cloud's REST API (<c>/2.0</c>) with a bearer token; lists follow <c>next</c> in the body.</summary>
public sealed class BitbucketCloudClient(ForgeConnection connection) : IForgeClient
{
    public string Source => connection.Source;

    public Forge Forge => Forge.BitbucketCloud;

    /// <summary>The user name git sends with the source's token on https: Bitbucket Cloud's repository, project and workspace access tokens go with <c>x-token-auth</c>.</summary>
    public const string GitUserName = "x-token-auth";

    public bool HasToken => connection.HasToken;

    /// <summary><c>https://bitbucket.org</c> means <c>https://api.bitbucket.org/2.0/</c>; another URL gets <c>/2.0/</c> unless it ends so.</summary>
    public static Uri ApiRoot(Uri baseUrl)
    {
        if (string.Equals(baseUrl.Host, "bitbucket.org", StringComparison.OrdinalIgnoreCase))
        {
            return new Uri("https://api.bitbucket.org/2.0/");
        }

        string root = baseUrl.AbsoluteUri.TrimEnd('/');
        return new Uri(root.EndsWith("/2.0", StringComparison.Ordinal) ? root + "/" : root + "/2.0/");
    }

    public static void Authorize(HttpRequestMessage request, string token) => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public Task<byte[]?> FileAsync(string repository, string path, string sha, CancellationToken cancellationToken) =>
        connection.GetBytesOrNullAsync($"repositories/{Repository.Parse(repository)}/src/{Uri.EscapeDataString(sha)}/{FilePath.Escape(path)}", cancellationToken);

    /// <summary>Bitbucket's pipelines keep logs per step, not per job: not served.</summary>
    public Task<string> JobLogAsync(string repository, long jobId, CancellationToken cancellationToken) =>
        throw new ForgeApiException($"Bitbucket Cloud serves no job logs (asked for job {jobId} of {repository})");

    public async Task<string?> BranchHeadAsync(string repository, string branch, CancellationToken cancellationToken)
    {
        using var found = await connection.GetOrNullAsync<JsonDocument>($"repositories/{Repository.Parse(repository)}/refs/branches/{Uri.EscapeDataString(branch)}", cancellationToken);
        return found?.RootElement.GetProperty("target").GetProperty("hash").GetString();
    }

    /// <summary><c>GET /commits/{to}?exclude={from}</c>, then each commit's <c>diffstat</c>, both paged by <c>next</c>.</summary>
    public async Task<IReadOnlyList<ForgeCommit>> CommitsBetweenAsync(string repository, string fromSha, string toSha, CancellationToken cancellationToken)
    {
        var repo = Repository.Parse(repository);
        var listed = await connection.AllPagesAsync<JsonElement>(
            $"repositories/{repo}/commits/{Uri.EscapeDataString(toSha)}?exclude={Uri.EscapeDataString(fromSha)}", PageStyle.BitbucketCloud, cancellationToken);
        var commits = new List<ForgeCommit>();
        foreach (var commit in listed)
        {
            string sha = commit.GetProperty("hash").GetString()!;
            var stats = await connection.AllPagesAsync<JsonElement>($"repositories/{repo}/diffstat/{sha}", PageStyle.BitbucketCloud, cancellationToken);
            string[] paths = [.. stats.SelectMany(stat => new[] { PathOf(stat, "old"), PathOf(stat, "new") }).OfType<string>().Distinct(StringComparer.Ordinal)];
            commits.Add(new ForgeCommit(sha, commit.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "", paths));
        }

        return commits;
    }

    /// <summary><c>POST /repositories/{workspace}/{repo}/commit/{sha}/statuses/build</c>: INPROGRESS, SUCCESSFUL, FAILED, STOPPED.</summary>
    public Task ReportStatusAsync(string repository, string sha, CommitState state, string context, string? description, Uri? targetUrl, CancellationToken cancellationToken)
    {
        var repo = Repository.Parse(repository);
        string url = targetUrl?.AbsoluteUri ?? $"https://bitbucket.org/{repo}/commits/{sha}";
        return connection.CallAsync(
            HttpMethod.Post,
            connection.Url($"repositories/{repo}/commit/{sha}/statuses/build"),
            new BitbucketStatus(StateName(state), context, context, url, description),
            cancellationToken);
    }

    public static string StateName(CommitState state) => state switch
    {
        CommitState.Pending or CommitState.Running => "INPROGRESS",
        CommitState.Success => "SUCCESSFUL",
        CommitState.Failure => "FAILED",
        _ => "STOPPED",
    };

    private static string? PathOf(JsonElement stat, string side) =>
        stat.TryGetProperty(side, out var file) && file.ValueKind == JsonValueKind.Object ? file.GetProperty("path").GetString() : null;
}
