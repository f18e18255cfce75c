using System.Globalization;
using System.Text.Json.Nodes;
using Hooks.Testing;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Hooks.Plugins.Dashboard.Tests.Support;

/// <summary>
/// A GitLab group behind WireMock.Net answering what the dashboard reads, in GitLab's shapes: group projects, issues by
/// label, pipelines (filtered by <c>username</c>, <c>source</c>, <c>updated_after</c>), a pipeline's jobs, a job's
/// trace (plain text, 404 without one). <c>PRIVATE-TOKEN</c> is checked. Lists are paged the way GitLab pages above
/// 10,000 records: <c>X-Page</c> and <c>X-Next-Page</c>, no <c>X-Total</c>, no <c>X-Total-Pages</c>, no <c>Link</c>.
/// </summary>
public sealed class FakeGitLab : IDisposable
{
    public const string Token = "glpat-dashboard-fake";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly Lock _gate = new();
    private readonly List<string> _calls = [];

    public FakeGitLab(string group = "gitlab-org")
    {
        Group = group;
        _server.Given(Request.Create().WithPath(new WildcardMatcher("/api/v4/*")).UsingGet()).RespondWith(Response.Create().WithCallback(Answer));
    }

    public string Group { get; }

    public string Url => _server.Url!;

    /// <summary>GitLab caps <c>per_page</c> at 100; a smaller cap makes every list span pages.</summary>
    public int MaxPerPage { get; set; } = 100;

    public List<FakeProject> Projects { get; } = [];

    /// <summary>Answers 429 (with <c>Retry-After</c>) to the next calls whose path contains the key.</summary>
    public Queue<(string PathContains, int RetryAfterSeconds)> TooManyRequests { get; } = new();

    /// <summary>Every call, in order: the path and query as sent.</summary>
    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public int CallsTo(string pathContains) => Calls.Count(call => call.Contains(pathContains, StringComparison.Ordinal));

    public void Change(Action<FakeGitLab> change)
    {
        lock (_gate)
        {
            change(this);
        }
    }

    public void Dispose() => _server.Stop();

    private IResponseMessage Answer(IRequestMessage request)
    {
        lock (_gate)
        {
            string path = Uri.UnescapeDataString(request.Path);
            _calls.Add(Uri.UnescapeDataString(new Uri(request.Url).PathAndQuery));
            if (TooManyRequests.TryPeek(out var limit) && path.Contains(limit.PathContains, StringComparison.Ordinal))
            {
                TooManyRequests.Dequeue();
                var tooMany = Json(429, new JsonObject { ["message"] = "429 Too Many Requests" });
                tooMany.AddHeader("Retry-After", limit.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture));
                return tooMany;
            }

            if (!request.Headers!.TryGetValue("PRIVATE-TOKEN", out var token) || token.ToString() != Token)
            {
                return Json(401, new JsonObject { ["message"] = "401 Unauthorized" });
            }

            string[] parts = path["/api/v4/".Length..].Split('/');
            return parts switch
            {
                ["groups", var group, "projects"] when group == Group => Page(request, Projects.Select(ProjectJson)),
                ["projects", var id, "issues"] when Find(id) is { } project => Page(request, project.Issues
                    .Where(i => i.Label == Query(request, "labels")).Select(i => IssueJson(project, i))),
                ["projects", var id, "pipelines"] when Find(id) is { } project => Page(request, Filtered(request, project).Select(p => PipelineJson(project, p))),
                ["projects", var id, "pipelines", var pipeline, "jobs"] when Find(id) is { } project
                    && project.Pipelines.FirstOrDefault(p => p.Id.ToString(CultureInfo.InvariantCulture) == pipeline) is { } found =>
                    Page(request, found.Jobs.OrderByDescending(j => j.Id).Select(j => JobJson(project, found, j))),
                ["projects", var id, "jobs", var job, "trace"] when Find(id) is { } project
                    && project.Pipelines.SelectMany(p => p.Jobs).FirstOrDefault(j => j.Id.ToString(CultureInfo.InvariantCulture) == job) is { Log: { } log } =>
                    Text(log),
                _ => Json(404, new JsonObject { ["message"] = "404 Not found" }),
            };
        }
    }

    private FakeProject? Find(string id) => Projects.FirstOrDefault(p => p.Id.ToString(CultureInfo.InvariantCulture) == id || p.Path == id);

    private static IEnumerable<FakePipeline> Filtered(IRequestMessage request, FakeProject project)
    {
        string? user = Query(request, "username");
        string? source = Query(request, "source");
        var after = Query(request, "updated_after") is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        return project.Pipelines
            .Where(p => (user is null || p.User == user) && (source is null || p.Source == source) && (after is null || Updated(p) > after))
            .OrderByDescending(p => p.Id);
    }

    private static DateTimeOffset Updated(FakePipeline pipeline) => pipeline.CreatedAt.AddMinutes(20);

    /// <summary>Offset pagination as GitLab does it past 10,000 records: only <c>X-Page</c>, <c>X-Per-Page</c> and <c>X-Next-Page</c>.</summary>
    private ResponseMessage Page(IRequestMessage request, IEnumerable<JsonObject> all) => FakeResponses.GitLabPage(request, all, MaxPerPage, totals: false);

    private static string? Query(IRequestMessage request, string name) => FakeResponses.Query(request, name);

    private static ResponseMessage Json(int status, JsonNode body) => FakeResponses.Json(status, body);

    private static ResponseMessage Text(string log) => FakeResponses.Text(200, log);

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static JsonObject ProjectJson(FakeProject project) => new()
    {
        ["id"] = project.Id,
        ["name"] = project.Path.Split('/')[^1],
        ["path_with_namespace"] = project.Path,
        ["web_url"] = project.WebUrl,
        ["default_branch"] = "main",
        ["archived"] = project.Archived,
    };

    private static JsonObject IssueJson(FakeProject project, (long Iid, string Title, string Label) issue) => new()
    {
        ["id"] = 9000 + issue.Iid,
        ["iid"] = issue.Iid,
        ["project_id"] = project.Id,
        ["title"] = issue.Title,
        ["state"] = "opened",
        ["labels"] = new JsonArray(issue.Label),
        ["created_at"] = "2026-01-01T00:00:00.000Z",
        ["updated_at"] = "2026-01-01T00:00:00.000Z",
        ["web_url"] = $"{project.WebUrl}/-/issues/{issue.Iid}",
    };

    private static JsonObject PipelineJson(FakeProject project, FakePipeline pipeline) => new()
    {
        ["id"] = pipeline.Id,
        ["iid"] = pipeline.Id % 1000,
        ["project_id"] = project.Id,
        ["sha"] = "bab921348794ebfb27b63f000db352cfab079718",
        ["ref"] = pipeline.Ref,
        ["status"] = pipeline.Status,
        ["source"] = pipeline.Source,
        ["created_at"] = Iso(pipeline.CreatedAt),
        ["updated_at"] = Iso(Updated(pipeline)),
        ["web_url"] = $"{project.WebUrl}/-/pipelines/{pipeline.Id}",
    };

    private static JsonObject JobJson(FakeProject project, FakePipeline pipeline, FakeJob job) => new()
    {
        ["id"] = job.Id,
        ["name"] = job.Name,
        ["stage"] = job.Stage,
        ["status"] = job.Status,
        ["allow_failure"] = job.AllowFailure,
        ["failure_reason"] = job.Status == "failed" ? "script_failure" : null,
        ["created_at"] = Iso(pipeline.CreatedAt),
        ["started_at"] = Iso(pipeline.CreatedAt.AddMinutes(1)),
        ["finished_at"] = Iso(pipeline.CreatedAt.AddMinutes(11)),
        ["web_url"] = $"{project.WebUrl}/-/jobs/{job.Id}",
        ["pipeline"] = new JsonObject { ["id"] = pipeline.Id, ["ref"] = pipeline.Ref, ["status"] = pipeline.Status },
        ["runner"] = new JsonObject { ["id"] = 12, ["description"] = "docker-ci-runner-3", ["active"] = true },
    };
}
