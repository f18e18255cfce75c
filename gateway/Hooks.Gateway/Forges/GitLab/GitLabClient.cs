using System.Globalization;
using System.Text;
using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;
using Hooks.Contracts.Forges.GitLab;

namespace Hooks.Gateway.Forges.GitLab;

/// <summary>GitLab's REST API (v4) with <c>PRIVATE-TOKEN</c>; lists follow <c>Link</c>, else <c>X-Next-Page</c>.</summary>
public sealed class GitLabClient(ForgeConnection connection) : IGitLabClient
{
    public string Source => connection.Source;

    public Forge Forge => Forge.GitLab;

    /// <summary>The user name git sends with the source's token on https: GitLab wants <c>oauth2</c> for OAuth tokens and takes any name with personal, project and group tokens.</summary>
    public const string GitUserName = "oauth2";

    public bool HasToken => connection.HasToken;

    public static Uri ApiRoot(Uri baseUrl)
    {
        string root = baseUrl.AbsoluteUri.TrimEnd('/');
        return new Uri(root.EndsWith("/api/v4", StringComparison.OrdinalIgnoreCase) ? root + "/" : root + "/api/v4/");
    }

    public static void Authorize(HttpRequestMessage request, string token) => request.Headers.Add("PRIVATE-TOKEN", token);

    public Task<GitLabProject> ProjectAsync(string project, CancellationToken cancellationToken) =>
        connection.GetAsync<GitLabProject>($"projects/{Id(project)}", cancellationToken);

    public async Task<IReadOnlyList<GitLabLabel>> LabelsAsync(string project, CancellationToken cancellationToken) =>
        await Pages<GitLabLabel>($"projects/{Id(project)}/labels?include_ancestor_groups=true", cancellationToken);

    public async Task<IReadOnlyList<GitLabIssue>> OpenIssuesAsync(string project, CancellationToken cancellationToken) =>
        await Pages<GitLabIssue>($"projects/{Id(project)}/issues?state=opened", cancellationToken);

    public async Task<IReadOnlyList<GitLabIssue>> IssuesByLabelAsync(string project, string label, string? state, CancellationToken cancellationToken) =>
        await Pages<GitLabIssue>($"projects/{Id(project)}/issues?labels={Uri.EscapeDataString(label)}{(state is null ? "" : "&state=" + Uri.EscapeDataString(state))}", cancellationToken);

    public async Task<IReadOnlyList<GitLabBadge>> BadgesAsync(string project, CancellationToken cancellationToken) =>
        await Pages<GitLabBadge>($"projects/{Id(project)}/badges", cancellationToken);

    public Task<GitLabBadge> CreateBadgeAsync(string project, GitLabBadgeFields badge, CancellationToken cancellationToken) =>
        connection.SendJsonAsync<GitLabBadge>(HttpMethod.Post, $"projects/{Id(project)}/badges", badge, cancellationToken);

    public Task<GitLabBadge> EditBadgeAsync(string project, long id, GitLabBadgeFields badge, CancellationToken cancellationToken) =>
        connection.SendJsonAsync<GitLabBadge>(HttpMethod.Put, $"projects/{Id(project)}/badges/{id}", badge, cancellationToken);

    public Task DeleteBadgeAsync(string project, long id, CancellationToken cancellationToken) =>
        connection.SendAsync(HttpMethod.Delete, connection.Url($"projects/{Id(project)}/badges/{id}"), null, cancellationToken);

    public async Task<IReadOnlyList<GitLabPipeline>> PipelinesAsync(string project, GitLabPipelineQuery query, CancellationToken cancellationToken)
    {
        var filters = new StringBuilder($"projects/{Id(project)}/pipelines?order_by=id");
        Add(filters, "username", query.Username);
        Add(filters, "source", query.Source);
        Add(filters, "updated_after", query.UpdatedAfter?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        Add(filters, "ref", query.Ref);
        Add(filters, "status", query.Status);
        Add(filters, "scope", query.Scope);
        return await Pages<GitLabPipeline>(filters.ToString(), cancellationToken);
    }

    public async Task<IReadOnlyList<GitLabJob>> JobsAsync(string project, long pipelineId, IReadOnlyList<string>? scopes, CancellationToken cancellationToken)
    {
        var path = new StringBuilder($"projects/{Id(project)}/pipelines/{pipelineId}/jobs?include_retried=false");
        foreach (string scope in scopes ?? [])
        {
            Add(path, "scope[]", scope);
        }

        return await Pages<GitLabJob>(path.ToString(), cancellationToken);
    }

    public async Task<string> JobLogAsync(string repository, long jobId, CancellationToken cancellationToken)
    {
        byte[] log = await connection.GetBytesOrNullAsync($"projects/{Id(repository)}/jobs/{jobId}/trace", cancellationToken)
            ?? throw new ForgeApiException($"GitLab has no job {jobId} in {repository}");
        return Encoding.UTF8.GetString(log);
    }

    public async Task<IReadOnlyList<GitLabProject>> GroupProjectsAsync(string group, bool includeSubgroups, CancellationToken cancellationToken) =>
        await Pages<GitLabProject>($"groups/{Id(group)}/projects?include_subgroups={(includeSubgroups ? "true" : "false")}", cancellationToken);

    public Task<byte[]?> FileAsync(string repository, string path, string sha, CancellationToken cancellationToken) =>
        connection.GetBytesOrNullAsync($"projects/{Id(repository)}/repository/files/{Uri.EscapeDataString(path)}/raw?ref={Uri.EscapeDataString(sha)}", cancellationToken);

    public async Task<string?> BranchHeadAsync(string repository, string branch, CancellationToken cancellationToken) =>
        (await connection.GetOrNullAsync<GitLabBranch>($"projects/{Id(repository)}/repository/branches/{Uri.EscapeDataString(branch)}", cancellationToken))?.Commit.Id;

    public async Task<IReadOnlyList<ForgeCommit>> CommitsBetweenAsync(string repository, string fromSha, string toSha, CancellationToken cancellationToken)
    {
        var compare = await connection.GetAsync<GitLabCompare>(
            $"projects/{Id(repository)}/repository/compare?from={Uri.EscapeDataString(fromSha)}&to={Uri.EscapeDataString(toSha)}&straight=true", cancellationToken);
        var commits = new List<ForgeCommit>();
        foreach (var commit in compare.Commits)
        {
            var diffs = await Pages<GitLabDiff>($"projects/{Id(repository)}/repository/commits/{commit.Id}/diff", cancellationToken);
            commits.Add(new ForgeCommit(commit.Id, commit.Message, [.. diffs.SelectMany(d => new[] { d.OldPath, d.NewPath }).Distinct(StringComparer.Ordinal)]));
        }

        return commits;
    }

    /// <summary><c>POST /projects/:id/statuses/:sha</c>: pending, running, success, failed, canceled.</summary>
    public Task ReportStatusAsync(string repository, string sha, CommitState state, string context, string? description, Uri? targetUrl, CancellationToken cancellationToken) =>
        connection.CallAsync(
            HttpMethod.Post,
            connection.Url($"projects/{Id(repository)}/statuses/{sha}"),
            new GitLabStatus(StateName(state), context, description, targetUrl?.AbsoluteUri),
            cancellationToken);

    public static string StateName(CommitState state) => state switch
    {
        CommitState.Pending => "pending",
        CommitState.Running => "running",
        CommitState.Success => "success",
        CommitState.Failure => "failed",
        _ => "canceled",
    };

    private Task<List<T>> Pages<T>(string relative, CancellationToken cancellationToken) => connection.AllPagesAsync<T>(relative, PageStyle.GitLab, cancellationToken);

    private static string Id(string project) => Uri.EscapeDataString(project.Trim('/'));

    private static void Add(StringBuilder query, string name, string? value)
    {
        if (value is not null)
        {
            query.Append('&').Append(Uri.EscapeDataString(name).Replace("%5B%5D", "[]", StringComparison.Ordinal)).Append('=').Append(Uri.EscapeDataString(value));
        }
    }
}
