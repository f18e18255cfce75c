using System.Net;
using Hooks.Plugins.Badges.GitLab;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Hooks.Plugins.Badges.Tests.GitLab;

/// <summary>The API client against GitLab's documented shapes, served by WireMock.Net.</summary>
public sealed class GitLabApiFacts : IDisposable
{
    private const string Project = "lab/scopes";
    private const string Labels = "/api/v4/projects/lab/scopes/labels";

    private readonly WireMockServer _gitLab = WireMockServer.Start();
    private readonly ServiceProvider _services;

    public GitLabApiFacts()
    {
        var services = new ServiceCollection();
        services.AddHttpClient(GitLabApiFactory.ClientName).AddStandardResilienceHandler(BadgesPlugin.Resilience);
        _services = services.BuildServiceProvider();
    }

    public void Dispose()
    {
        _gitLab.Stop();
        _services.Dispose();
    }

    /// <summary>GitLab writes its links with its external URL, which need not be the address the plugin calls.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Lists_follow_the_link_header_to_the_last_page_on_the_configured_address(bool linksNameTheExternalAddress)
    {
        string list = linksNameTheExternalAddress ? "https://gitlab.example.org/api/v4/projects/lab%2Fscopes/labels" : _gitLab.Url + Labels;
        Serve(page: 1, """[{"name":"D:A","color":"#FF0000"}]""", ("Link", $"<{list}?per_page=100&page=2>; rel=\"next\", <{list}?per_page=100&page=2>; rel=\"last\""));
        Serve(page: 2, """[{"name":"D:B","color":"#00FF00"}]""", ("Link", $"<{list}?per_page=100&page=1>; rel=\"first\""));

        var labels = await Api().LabelsAsync(CancellationToken.None);

        Assert.Equal(["D:A", "D:B"], labels.Select(l => l.Name));
        Assert.All(_gitLab.LogEntries, entry => Assert.Equal("secret-token", entry.RequestMessage.Headers!["PRIVATE-TOKEN"].ToString()));
    }

    [Fact]
    public async Task Lists_follow_x_next_page_where_there_is_no_link_header()
    {
        Serve(page: 1, """[{"name":"D:A","color":"#FF0000"}]""", ("X-Next-Page", "2"));
        Serve(page: 2, """[{"name":"D:B","color":"#00FF00"}]""", ("X-Next-Page", ""));

        var labels = await Api().LabelsAsync(CancellationToken.None);

        Assert.Equal(["D:A", "D:B"], labels.Select(l => l.Name));
    }

    [Fact]
    public async Task A_refused_token_fails_with_the_call_the_status_and_what_to_check_but_not_the_token()
    {
        _gitLab.Given(Request.Create().WithPath("/api/v4/projects/lab/scopes").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"message":"401 Unauthorized"}"""));

        var error = await Assert.ThrowsAsync<GitLabApiException>(() => Api().ProjectAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Contains("GitLab answered 401 Unauthorized to GET /api/v4/projects/lab%2Fscopes", error.Message);
        Assert.Contains("check the project's Token", error.Message);
        Assert.DoesNotContain("secret-token", error.Message);
    }

    [Fact]
    public async Task Server_errors_are_retried_before_the_call_fails()
    {
        _gitLab.Given(Request.Create().WithPath("/api/v4/projects/lab/scopes").UsingGet()).InScenario("flaky")
            .WillSetStateTo("failed once").RespondWith(Response.Create().WithStatusCode(502));
        _gitLab.Given(Request.Create().WithPath("/api/v4/projects/lab/scopes").UsingGet()).InScenario("flaky").WhenStateIs("failed once")
            .WillSetStateTo("failed twice").RespondWith(Response.Create().WithStatusCode(503));
        _gitLab.Given(Request.Create().WithPath("/api/v4/projects/lab/scopes").UsingGet()).InScenario("flaky").WhenStateIs("failed twice")
            .RespondWith(Response.Create().WithBody("""{"id":7,"path_with_namespace":"lab/scopes","web_url":"https://gitlab.example.org/lab/scopes"}"""));

        var project = await Api().ProjectAsync(CancellationToken.None);

        Assert.Equal(7, project.Id);
        Assert.Equal(3, _gitLab.LogEntries.ToList().Count);
    }

    [Fact]
    public async Task Badges_are_created_edited_and_deleted_with_gitlabs_field_names()
    {
        _gitLab.Given(Request.Create().WithPath("/api/v4/projects/lab/scopes/badges").UsingPost()
                .WithBody(new WireMock.Matchers.JsonMatcher("""{"name":"hooks-badges:D:A","link_url":"https://l","image_url":"https://i.svg"}""")))
            .RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"id":42,"name":"hooks-badges:D:A","link_url":"https://l","image_url":"https://i.svg","kind":"project"}"""));
        _gitLab.Given(Request.Create().WithPath("/api/v4/projects/lab/scopes/badges/42").UsingPut())
            .RespondWith(Response.Create().WithBody("""{"id":42,"name":"hooks-badges:D:A","link_url":"https://board","image_url":"https://i.svg","kind":"project"}"""));
        _gitLab.Given(Request.Create().WithPath("/api/v4/projects/lab/scopes/badges/42").UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));
        var api = Api();

        var created = await api.CreateBadgeAsync(new BadgeFields("hooks-badges:D:A", "https://l", "https://i.svg"), CancellationToken.None);
        var edited = await api.EditBadgeAsync(created.Id, new BadgeFields("hooks-badges:D:A", "https://board", "https://i.svg"), CancellationToken.None);
        await api.DeleteBadgeAsync(created.Id, CancellationToken.None);

        Assert.Equal(42, created.Id);
        Assert.Equal("https://board", edited.LinkUrl);
        Assert.Equal(["POST", "PUT", "DELETE"], _gitLab.LogEntries.Select(e => e.RequestMessage.Method));
    }

    private GitLabApi Api() => new(
        _services.GetRequiredService<IHttpClientFactory>().CreateClient(GitLabApiFactory.ClientName), new Uri(_gitLab.Url + "/api/v4/"), "secret-token", Project);

    private void Serve(int page, string body, (string Name, string Value) header) =>
        _gitLab.Given(Request.Create().WithPath(Labels).WithParam("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)).UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithHeader(header.Name, header.Value).WithBody(body));
}
