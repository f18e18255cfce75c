using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Hooks.Gateway.Tests.Forges;

/// <summary>Commit statuses posted to each forge's documented endpoint, in its own words, with its token.</summary>
public sealed class CommitStatusFacts
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    [Theory]
    [InlineData(CommitState.Pending, "pending")]
    [InlineData(CommitState.Running, "pending")]
    [InlineData(CommitState.Success, "success")]
    [InlineData(CommitState.Failure, "failure")]
    [InlineData(CommitState.Error, "error")]
    public async Task GitHub_gets_a_commit_status_on_the_repository(CommitState state, string expected)
    {
        using var forge = new FakeForge(Forge.GitHub, "/api/v3");
        var call = await ReportAsync(forge, $"/api/v3/repos/octo/hello/statuses/{Sha}", "octo/hello", state);

        Assert.Equal(expected, call.GetProperty("state").GetString());
        Assert.Equal("ci/build", call.GetProperty("context").GetString());
        Assert.Equal("https://hooks.test/runs/1", call.GetProperty("target_url").GetString());
        Assert.Equal("it ran", call.GetProperty("description").GetString());
        Assert.Equal("Bearer " + FakeForge.Token, FakeForge.Header(forge.Calls[0], "Authorization"));
    }

    [Theory]
    [InlineData(CommitState.Pending, "pending")]
    [InlineData(CommitState.Running, "running")]
    [InlineData(CommitState.Success, "success")]
    [InlineData(CommitState.Failure, "failed")]
    [InlineData(CommitState.Error, "canceled")]
    public async Task GitLab_gets_a_commit_status_on_the_project(CommitState state, string expected)
    {
        using var forge = new FakeForge(Forge.GitLab);
        var call = await ReportAsync(forge, $"/api/v4/projects/lab/scopes/statuses/{Sha}", "lab/scopes", state);

        Assert.Equal(expected, call.GetProperty("state").GetString());
        Assert.Equal("ci/build", call.GetProperty("name").GetString());
        Assert.Equal("https://hooks.test/runs/1", call.GetProperty("target_url").GetString());
        Assert.Equal(FakeForge.Token, FakeForge.Header(forge.Calls[0], "PRIVATE-TOKEN"));
    }

    [Theory]
    [InlineData(CommitState.Running, "pending")]
    [InlineData(CommitState.Failure, "failure")]
    [InlineData(CommitState.Error, "error")]
    public async Task Gitea_and_forgejo_get_a_commit_status_on_the_repository(CommitState state, string expected)
    {
        using var forge = new FakeForge(Forge.Gitea);
        var call = await ReportAsync(forge, $"/api/v1/repos/octo/hello/statuses/{Sha}", "octo/hello", state);

        Assert.Equal(expected, call.GetProperty("state").GetString());
        Assert.Equal("ci/build", call.GetProperty("context").GetString());
        Assert.Equal("token " + FakeForge.Token, FakeForge.Header(forge.Calls[0], "Authorization"));
    }

    [Theory]
    [InlineData(CommitState.Pending, "INPROGRESS")]
    [InlineData(CommitState.Running, "INPROGRESS")]
    [InlineData(CommitState.Success, "SUCCESSFUL")]
    [InlineData(CommitState.Failure, "FAILED")]
    [InlineData(CommitState.Error, "STOPPED")]
    public async Task Bitbucket_cloud_gets_a_build_status_on_the_commit(CommitState state, string expected)
    {
        using var forge = new FakeForge(Forge.BitbucketCloud, "/2.0");
        var call = await ReportAsync(forge, $"/2.0/repositories/team/hello/commit/{Sha}/statuses/build", "team/hello", state);

        Assert.Equal(expected, call.GetProperty("state").GetString());
        Assert.Equal("ci/build", call.GetProperty("key").GetString());
        Assert.Equal("https://hooks.test/runs/1", call.GetProperty("url").GetString());
        Assert.Equal("Bearer " + FakeForge.Token, FakeForge.Header(forge.Calls[0], "Authorization"));
    }

    [Theory]
    [InlineData(CommitState.Running, "INPROGRESS")]
    [InlineData(CommitState.Success, "SUCCESSFUL")]
    [InlineData(CommitState.Error, "FAILED")]
    public async Task Bitbucket_server_gets_a_build_status_on_the_commit(CommitState state, string expected)
    {
        using var forge = new FakeForge(Forge.BitbucketServer, "/bitbucket");
        var call = await ReportAsync(forge, $"/bitbucket/rest/build-status/1.0/commits/{Sha}", "PROJ/hello", state);

        Assert.Equal(expected, call.GetProperty("state").GetString());
        Assert.Equal("ci/build", call.GetProperty("key").GetString());
        Assert.Equal("https://hooks.test/runs/1", call.GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_source_without_a_token_is_skipped_without_a_call_or_an_error()
    {
        using var forge = new FakeForge(Forge.GitHub, token: null);

        bool reported = await forge.Statuses.ReportAsync("fake", "octo/hello", Sha, CommitState.Success, "ci/build", null, null, CancellationToken.None);

        Assert.False(reported);
        Assert.Empty(forge.Calls);
    }

    [Fact]
    public async Task A_status_refused_by_a_server_error_is_not_posted_again()
    {
        using var forge = new FakeForge(Forge.GitHub, "/api/v3");
        forge.Server.Given(Request.Create().WithPath($"/api/v3/repos/octo/hello/statuses/{Sha}").UsingPost()).RespondWith(Response.Create().WithStatusCode(503));

        await Assert.ThrowsAsync<ForgeApiException>(() => forge.Statuses.ReportAsync("fake", "octo/hello", Sha, CommitState.Success, "ci/build", null, null, CancellationToken.None));

        Assert.Single(forge.Calls);
    }

    [Fact]
    public async Task A_status_answered_429_was_not_processed_and_is_posted_again_after_retry_after()
    {
        using var forge = new FakeForge(Forge.GitHub, "/api/v3");
        string path = $"/api/v3/repos/octo/hello/statuses/{Sha}";
        forge.Server.Given(Request.Create().WithPath(path).UsingPost()).InScenario("limited").WillSetStateTo("once")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        forge.Server.Given(Request.Create().WithPath(path).UsingPost()).InScenario("limited").WhenStateIs("once")
            .RespondWith(Response.Create().WithStatusCode(201).WithBody("{}"));

        Assert.True(await forge.Statuses.ReportAsync("fake", "octo/hello", Sha, CommitState.Success, "ci/build", null, null, CancellationToken.None));

        Assert.Equal(2, forge.Calls.Count);
    }

    private static async Task<System.Text.Json.JsonElement> ReportAsync(FakeForge forge, string path, string repository, CommitState state)
    {
        forge.Server.Given(Request.Create().WithPath(path).UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBody("{}"));

        bool reported = await forge.Statuses.ReportAsync("fake", repository, Sha, state, "ci/build", "it ran", new Uri("https://hooks.test/runs/1"), CancellationToken.None);

        Assert.True(reported);
        return FakeForge.BodyOf(Assert.Single(forge.Calls));
    }
}
