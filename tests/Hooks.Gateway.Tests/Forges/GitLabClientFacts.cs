using System.Net;
using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;
using Hooks.Contracts.Forges.GitLab;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Hooks.Gateway.Tests.Forges;

/// <summary>The GitLab client against GitLab's documented v4 shapes, served by WireMock.Net.</summary>
public sealed class GitLabClientFacts : IDisposable
{
    private const string Project = "lab/scopes";
    private const string Labels = "/api/v4/projects/lab/scopes/labels";

    private readonly FakeForge _gitLab = new(Forge.GitLab);

    public void Dispose() => _gitLab.Dispose();

    /// <summary>GitLab writes its links with its external URL, which need not be the address the gateway calls.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Lists_follow_the_link_header_to_the_last_page_on_the_configured_address(bool linksNameTheExternalAddress)
    {
        string list = linksNameTheExternalAddress ? "https://gitlab.example.org/api/v4/projects/lab%2Fscopes/labels" : _gitLab.Server.Url + Labels;
        ServeLabels(page: 1, """[{"name":"D:A","color":"#FF0000"}]""", ("Link", $"<{list}?per_page=100&page=2>; rel=\"next\", <{list}?per_page=100&page=2>; rel=\"last\""));
        ServeLabels(page: 2, """[{"name":"D:B","color":"#00FF00"}]""", ("Link", $"<{list}?per_page=100&page=1>; rel=\"first\""));

        var labels = await GitLab().LabelsAsync(Project, CancellationToken.None);

        Assert.Equal(["D:A", "D:B"], labels.Select(l => l.Name));
        Assert.All(_gitLab.Calls, call => Assert.Equal(FakeForge.Token, FakeForge.Header(call, "PRIVATE-TOKEN")));
        Assert.All(_gitLab.Calls, call => Assert.Equal("true", call.RequestMessage.Query!["include_ancestor_groups"].ToString()));
    }

    /// <summary>Above 10,000 records GitLab sends no <c>X-Total-Pages</c> (nor a last link), but still <c>X-Next-Page</c>.</summary>
    [Fact]
    public async Task Lists_follow_x_next_page_where_there_is_no_link_header_and_no_total()
    {
        ServeLabels(page: 1, """[{"name":"D:A","color":"#FF0000"}]""", ("X-Next-Page", "2"));
        ServeLabels(page: 2, """[{"name":"D:B","color":"#00FF00"}]""", ("X-Next-Page", ""));

        var labels = await GitLab().LabelsAsync(Project, CancellationToken.None);

        Assert.Equal(["D:A", "D:B"], labels.Select(l => l.Name));
    }

    [Fact]
    public async Task A_429_is_waited_out_for_its_retry_after_and_the_call_then_succeeds()
    {
        _gitLab.TooManyRequestsOnce("/api/v4/projects/lab/scopes", """{"id":7,"path_with_namespace":"lab/scopes","web_url":"https://gitlab.example.org/lab/scopes"}""", retryAfter: "1");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var project = await GitLab().ProjectAsync(Project, CancellationToken.None);

        Assert.Equal(7, project.Id);
        Assert.Equal(2, _gitLab.Calls.Count);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {watch.Elapsed}, before Retry-After");
    }

    [Fact]
    public async Task Server_errors_are_retried_before_a_read_fails()
    {
        string path = "/api/v4/projects/lab/scopes";
        _gitLab.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("flaky").WillSetStateTo("failed once").RespondWith(Response.Create().WithStatusCode(502));
        _gitLab.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("flaky").WhenStateIs("failed once")
            .WillSetStateTo("failed twice").RespondWith(Response.Create().WithStatusCode(503));
        _gitLab.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("flaky").WhenStateIs("failed twice")
            .RespondWith(Response.Create().WithBody("""{"id":7,"path_with_namespace":"lab/scopes","web_url":"https://g/lab/scopes"}"""));

        var project = await GitLab().ProjectAsync(Project, CancellationToken.None);

        Assert.Equal(7, project.Id);
        Assert.Equal(3, _gitLab.Calls.Count);
    }

    [Fact]
    public async Task A_badge_creation_answered_with_a_server_error_is_not_sent_again()
    {
        _gitLab.Server.Given(Request.Create().WithPath("/api/v4/projects/lab/scopes/badges").UsingPost()).RespondWith(Response.Create().WithStatusCode(502));

        var error = await Assert.ThrowsAsync<ForgeApiException>(() => GitLab().CreateBadgeAsync(Project, new GitLabBadgeFields("b", "https://l", "https://i.svg"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, error.Status);
        Assert.Single(_gitLab.Calls);
    }

    [Fact]
    public async Task A_refused_token_fails_with_the_call_and_the_status_but_not_the_token()
    {
        _gitLab.Server.Given(Request.Create().WithPath("/api/v4/projects/lab/scopes").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"message":"401 Unauthorized"}"""));

        var error = await Assert.ThrowsAsync<ForgeApiException>(() => GitLab().ProjectAsync(Project, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Contains("GitLab answered 401 Unauthorized to GET /api/v4/projects/lab%2Fscopes", error.Message);
        Assert.DoesNotContain(FakeForge.Token, error.Message);
    }

    [Fact]
    public async Task Badges_are_created_edited_and_deleted_with_gitlabs_field_names()
    {
        _gitLab.Server.Given(Request.Create().WithPath("/api/v4/projects/lab/scopes/badges").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"id":42,"name":"b","link_url":"https://l","image_url":"https://i.svg","kind":"project"}"""));
        _gitLab.Server.Given(Request.Create().WithPath("/api/v4/projects/lab/scopes/badges/42").UsingPut())
            .RespondWith(Response.Create().WithBody("""{"id":42,"name":"b","link_url":"https://board","image_url":"https://i.svg","kind":"project"}"""));
        _gitLab.Server.Given(Request.Create().WithPath("/api/v4/projects/lab/scopes/badges/42").UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));
        var gitLab = GitLab();

        var created = await gitLab.CreateBadgeAsync(Project, new GitLabBadgeFields("b", "https://l", "https://i.svg"), CancellationToken.None);
        var edited = await gitLab.EditBadgeAsync(Project, created.Id, new GitLabBadgeFields("b", "https://board", "https://i.svg"), CancellationToken.None);
        await gitLab.DeleteBadgeAsync(Project, created.Id, CancellationToken.None);

        Assert.Equal("https://board", edited.LinkUrl);
        Assert.Equal(["POST", "PUT", "DELETE"], _gitLab.Calls.Select(e => e.RequestMessage.Method));
        Assert.Equal("https://l", FakeForge.BodyOf(_gitLab.Calls[0]).GetProperty("link_url").GetString());
        Assert.Equal("https://i.svg", FakeForge.BodyOf(_gitLab.Calls[0]).GetProperty("image_url").GetString());
    }

    [Fact]
    public async Task Pipelines_and_jobs_are_filtered_as_asked()
    {
        _gitLab.Json("/api/v4/projects/lab/scopes/pipelines", """[{"id":5,"status":"failed","ref":"main","sha":"abc","source":"push","web_url":"https://p/5","updated_at":"2026-01-02T03:04:05Z"}]""");
        _gitLab.Json("/api/v4/projects/lab/scopes/pipelines/5/jobs", """[{"id":9,"name":"test","stage":"test","status":"failed","web_url":"https://j/9","failure_reason":"script_failure"}]""");
        _gitLab.Json("/api/v4/projects/lab/scopes/jobs/9/trace", "line 1\nline 2\n");
        var gitLab = GitLab();

        var pipelines = await gitLab.PipelinesAsync(Project, new GitLabPipelineQuery { Username = "bot", Source = "push", UpdatedAfter = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) }, CancellationToken.None);
        var jobs = await gitLab.JobsAsync(Project, 5, ["failed", "canceled"], CancellationToken.None);
        string log = await gitLab.JobLogAsync(Project, 9, CancellationToken.None);

        Assert.Equal(5, Assert.Single(pipelines).Id);
        Assert.Equal("script_failure", Assert.Single(jobs).FailureReason);
        Assert.Equal("line 1\nline 2\n", log);
        var query = _gitLab.Calls[0].RequestMessage.Query!;
        Assert.Equal("bot", query["username"].ToString());
        Assert.Equal("push", query["source"].ToString());
        Assert.Equal("2026-01-01T00:00:00Z", query["updated_after"].ToString());
        Assert.Contains("scope[]=failed&scope[]=canceled", Uri.UnescapeDataString(_gitLab.Calls[1].RequestMessage.Url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pipelines_jobs_and_group_projects_carry_times_runners_and_archived_flags()
    {
        _gitLab.Json("/api/v4/projects/lab/scopes/pipelines", """[{"id":5,"status":"failed","ref":"main","sha":"abc","source":"schedule","web_url":"https://p/5","created_at":"2026-01-02T01:30:00Z","updated_at":"2026-01-02T03:04:05Z"}]""");
        _gitLab.Json("/api/v4/projects/lab/scopes/pipelines/5/jobs", """
            [{"id":9,"name":"test","stage":"test","status":"failed","web_url":"https://j/9","allow_failure":true,"started_at":"2026-01-02T01:31:00Z","finished_at":"2026-01-02T01:41:00Z","runner":{"id":12,"description":"docker-3","active":true}},
             {"id":10,"name":"docs","stage":"docs","status":"skipped","web_url":"https://j/10","allow_failure":false,"started_at":null,"finished_at":null,"runner":null}]
            """);
        _gitLab.Json("/api/v4/groups/lab/projects", """[{"id":7,"path_with_namespace":"lab/scopes","web_url":"https://g/lab/scopes","archived":false},{"id":8,"path_with_namespace":"lab/old","web_url":"https://g/lab/old","archived":true}]""");
        var gitLab = GitLab();

        var pipeline = Assert.Single(await gitLab.PipelinesAsync(Project, new GitLabPipelineQuery { Source = "schedule" }, CancellationToken.None));
        var jobs = await gitLab.JobsAsync(Project, 5, null, CancellationToken.None);
        var projects = await gitLab.GroupProjectsAsync("lab", includeSubgroups: true, CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2026, 1, 2, 1, 30, 0, TimeSpan.Zero), pipeline.CreatedAt);
        Assert.Equal(new GitLabRunner(12, "docker-3"), jobs[0].Runner);
        Assert.True(jobs[0].AllowFailure);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 1, 41, 0, TimeSpan.Zero), jobs[0].FinishedAt);
        Assert.Null(jobs[1].Runner);
        Assert.Null(jobs[1].StartedAt);
        Assert.Equal([false, true], projects.Select(p => p.Archived));
        Assert.Equal("true", _gitLab.Calls[2].RequestMessage.Query!["include_subgroups"].ToString());
    }

    [Fact]
    public async Task A_file_a_branch_head_and_the_commits_between_two_shas_with_their_paths_are_read()
    {
        _gitLab.Json("/api/v4/projects/lab/scopes/repository/files/ci/build.sh/raw", "#!/bin/sh\n");
        _gitLab.Json("/api/v4/projects/lab/scopes/repository/branches/main", """{"name":"main","commit":{"id":"c2","message":"two"}}""");
        _gitLab.Json("/api/v4/projects/lab/scopes/repository/compare", """{"commits":[{"id":"c1","message":"one"},{"id":"c2","message":"two"}],"diffs":[]}""");
        _gitLab.Json("/api/v4/projects/lab/scopes/repository/commits/c1/diff", """[{"old_path":"a.txt","new_path":"b.txt"}]""");
        _gitLab.Json("/api/v4/projects/lab/scopes/repository/commits/c2/diff", """[{"old_path":"c.txt","new_path":"c.txt"}]""");
        var gitLab = GitLab();

        byte[]? file = await gitLab.FileAsync(Project, "ci/build.sh", "c2", CancellationToken.None);
        byte[]? missing = await gitLab.FileAsync(Project, "nothing", "c2", CancellationToken.None);
        string? head = await gitLab.BranchHeadAsync(Project, "main", CancellationToken.None);
        var commits = await gitLab.CommitsBetweenAsync(Project, "c0", "c2", CancellationToken.None);

        Assert.Equal("#!/bin/sh\n", System.Text.Encoding.UTF8.GetString(file!));
        Assert.Null(missing);
        Assert.Equal("c2", head);
        Assert.Equal(["c1", "c2"], commits.Select(c => c.Sha));
        Assert.Equal(["a.txt", "b.txt"], commits[0].Paths);
        Assert.Equal(["c.txt"], commits[1].Paths);
        Assert.Equal("c2", _gitLab.Calls[0].RequestMessage.Query!["ref"].ToString());
    }

    [Fact]
    public async Task A_client_for_a_given_address_and_token_sends_that_token()
    {
        _gitLab.Json("/api/v4/projects/lab/scopes", """{"id":7,"path_with_namespace":"lab/scopes","web_url":"https://g/lab/scopes"}""");

        await _gitLab.Clients.GitLab(new Uri(_gitLab.Server.Url!), "own-token").ProjectAsync(Project, CancellationToken.None);

        Assert.Equal("own-token", FakeForge.Header(Assert.Single(_gitLab.Calls), "PRIVATE-TOKEN"));
    }

    private IGitLabClient GitLab() => _gitLab.Clients.GitLab("fake");

    private void ServeLabels(int page, string body, (string Name, string Value) header) => _gitLab.Json(
        Request.Create().WithPath(Labels).WithParam("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)).UsingGet(), body, header);
}
