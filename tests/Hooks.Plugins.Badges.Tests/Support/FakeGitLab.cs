using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Hooks.Plugins.Badges.Badges;
using Hooks.Testing;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Hooks.Plugins.Badges.Tests.Support;

/// <summary>
/// One GitLab project behind WireMock.Net, answering the Projects, Labels, Issues and Badges calls with GitLab's request
/// and response shapes: <c>PRIVATE-TOKEN</c> checked, lists paginated with <c>X-Page</c>/<c>X-Next-Page</c>/<c>X-Total</c>
/// and <c>Link</c> headers (at most <see cref="MaxPerPage"/> items a page), badges kept so that edits and deletes show.
/// </summary>
public sealed class FakeGitLab : IDisposable
{
    public const string Token = "glpat-fake-token";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly Lock _gate = new();
    private long _nextBadgeId = 100;

    public FakeGitLab(string path = "gitlab-org/hello-world", long id = 4861503, string token = Token)
    {
        ProjectPath = path;
        ProjectId = id;
        AcceptedToken = token;
        _server.Given(Request.Create().WithPath(new WildcardMatcher("/api/v4/*")).UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(Answer));
    }

    public string AcceptedToken { get; }

    public string ProjectPath { get; }

    public long ProjectId { get; }

    public string WebUrl => "https://gitlab.example.org/" + ProjectPath;

    public string Url => _server.Url!;

    /// <summary>GitLab caps <c>per_page</c> at 100; a smaller cap here makes every list span pages.</summary>
    public int MaxPerPage { get; set; } = 2;

    public List<FakeLabel> Labels { get; } = [];

    public List<FakeIssue> Issues { get; } = [];

    public List<FakeBadge> Badges { get; } = [];

    /// <summary>Answers to give, in order, before answering normally: a status per call whose path contains the key.</summary>
    public Queue<(string PathContains, HttpStatusCode Status)> Failures { get; } = new();

    public bool RejectToken { get; set; }

    public IReadOnlyList<(string Method, string Path)> Calls => [.. _server.LogEntries
        .OrderBy(entry => entry.RequestMessage.DateTime)
        .Select(entry => (entry.RequestMessage.Method, Uri.UnescapeDataString(entry.RequestMessage.Path)))];

    public FakeBadge[] BadgesNow()
    {
        lock (_gate)
        {
            return [.. Badges.OrderBy(badge => badge.Id)];
        }
    }

    /// <summary>The project badges the plugin owns (named with its prefix), in id order.</summary>
    public FakeBadge[] OwnedBadgesNow() =>
        [.. BadgesNow().Where(badge => badge.Kind == "project" && badge.Name?.StartsWith(OwnedBadges.NamePrefix, StringComparison.Ordinal) == true)];

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
            if (Failures.TryPeek(out var failure) && path.Contains(failure.PathContains, StringComparison.Ordinal))
            {
                Failures.Dequeue();
                return Json((int)failure.Status, new JsonObject { ["message"] = $"{(int)failure.Status} injected" });
            }

            if (RejectToken || !request.Headers!.TryGetValue("PRIVATE-TOKEN", out var token) || token.ToString() != AcceptedToken)
            {
                return Json(401, new JsonObject { ["message"] = "401 Unauthorized" });
            }

            string prefix = $"/api/v4/projects/{ProjectPath}";
            string byId = $"/api/v4/projects/{ProjectId}";
            string? rest = path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..]
                : path.StartsWith(byId, StringComparison.Ordinal) ? path[byId.Length..] : null;
            return (request.Method, rest) switch
            {
                (_, null) => Json(404, new JsonObject { ["message"] = "404 Project Not Found" }),
                ("GET", "") => Json(200, ProjectJson()),
                ("GET", "/labels") => Page(request, Labels.Select(LabelJson)),
                ("GET", "/issues") => Page(request, Issues.Where(i => State(request) is null || i.State == State(request)).Select(IssueJson)),
                ("GET", "/badges") => Page(request, Badges.OrderBy(b => b.Id).Select(BadgeJson)),
                ("POST", "/badges") => CreateBadge(request),
                ("PUT", _) when rest.StartsWith("/badges/", StringComparison.Ordinal) => EditBadge(request, BadgeId(rest)),
                ("DELETE", _) when rest.StartsWith("/badges/", StringComparison.Ordinal) => DeleteBadge(BadgeId(rest)),
                _ => Json(404, new JsonObject { ["message"] = "404 Not Found" }),
            };
        }
    }

    private static string? State(IRequestMessage request) => request.Query?.TryGetValue("state", out var state) == true ? state.ToString() : null;

    private static long BadgeId(string rest) => long.Parse(rest["/badges/".Length..], CultureInfo.InvariantCulture);

    private ResponseMessage CreateBadge(IRequestMessage request)
    {
        var body = JsonNode.Parse(request.Body!)!;
        var badge = new FakeBadge(_nextBadgeId++, (string?)body["name"], (string)body["link_url"]!, (string)body["image_url"]!);
        Badges.Add(badge);
        return Json(201, BadgeJson(badge));
    }

    private ResponseMessage EditBadge(IRequestMessage request, long id)
    {
        int index = Badges.FindIndex(b => b.Id == id);
        if (index < 0 || Badges[index].Kind != "project")
        {
            return Json(404, new JsonObject { ["message"] = "404 Badge Not Found" });
        }

        var body = JsonNode.Parse(request.Body!)!;
        Badges[index] = Badges[index] with
        {
            Name = (string?)body["name"] ?? Badges[index].Name,
            LinkUrl = (string?)body["link_url"] ?? Badges[index].LinkUrl,
            ImageUrl = (string?)body["image_url"] ?? Badges[index].ImageUrl,
        };
        return Json(200, BadgeJson(Badges[index]));
    }

    private ResponseMessage DeleteBadge(long id) =>
        Badges.RemoveAll(b => b.Id == id && b.Kind == "project") == 1
            ? new ResponseMessage { StatusCode = 204 }
            : Json(404, new JsonObject { ["message"] = "404 Badge Not Found" });

    private ResponseMessage Page(IRequestMessage request, IEnumerable<JsonObject> all) => FakeResponses.GitLabPage(request, all, MaxPerPage, totals: true);

    private static string? Query(IRequestMessage request, string name) => FakeResponses.Query(request, name);

    private static ResponseMessage Json(int status, JsonNode body) => FakeResponses.Json(status, body);

    private JsonObject ProjectJson() => new()
    {
        ["id"] = ProjectId,
        ["name"] = ProjectPath.Split('/')[^1],
        ["path"] = ProjectPath.Split('/')[^1],
        ["path_with_namespace"] = ProjectPath,
        ["default_branch"] = "main",
        ["web_url"] = WebUrl,
        ["http_url_to_repo"] = WebUrl + ".git",
    };

    private static JsonObject LabelJson(FakeLabel label) => new()
    {
        ["id"] = label.Name.GetHashCode(StringComparison.Ordinal) & 0xffff,
        ["name"] = label.Name,
        ["color"] = label.Color,
        ["text_color"] = "#FFFFFF",
        ["description"] = null,
        ["priority"] = null,
        ["is_project_label"] = true,
        ["subscribed"] = false,
    };

    private JsonObject IssueJson(FakeIssue issue) => new()
    {
        ["id"] = 1000 + issue.Iid,
        ["iid"] = issue.Iid,
        ["project_id"] = ProjectId,
        ["title"] = issue.Title,
        ["description"] = "",
        ["state"] = issue.State,
        ["confidential"] = issue.Confidential,
        ["created_at"] = issue.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        ["updated_at"] = issue.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        ["labels"] = new JsonArray([.. issue.Labels.Select(label => (JsonNode)label)]),
        ["web_url"] = $"{WebUrl}/-/issues/{issue.Iid}",
    };

    private static JsonObject BadgeJson(FakeBadge badge) => new()
    {
        ["id"] = badge.Id,
        ["name"] = badge.Name,
        ["link_url"] = badge.LinkUrl,
        ["image_url"] = badge.ImageUrl,
        ["rendered_link_url"] = badge.LinkUrl,
        ["rendered_image_url"] = badge.ImageUrl,
        ["kind"] = badge.Kind,
    };
}
