using System.Net;
using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Hooks.Gateway.Tests.Forges;

/// <summary><c>IForgeClient.JobLogAsync</c>: a CI job's log as the forges serve it, through one client interface.</summary>
public sealed class JobLogFacts
{
    private const string Log = "Run dotnet test\nerror CS1002: ; expected\n";

    [Fact]
    public async Task A_github_job_log_is_read_through_the_redirect_to_storage_which_never_sees_the_token()
    {
        using var gitHub = new FakeForge(Forge.GitHub, "/api/v3");
        using var storage = WireMockServer.Start();
        storage.Given(Request.Create().WithPath("/logs/job-77.txt").UsingGet()).RespondWith(Response.Create().WithHeader("Content-Type", "text/plain").WithBody(Log));
        gitHub.Server.Given(Request.Create().WithPath("/api/v3/repos/octo/hello/actions/jobs/77/logs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(HttpStatusCode.Found).WithHeader("Location", storage.Url + "/logs/job-77.txt?sig=short-lived"));

        string log = await gitHub.Client.JobLogAsync("octo/hello", 77, CancellationToken.None);

        Assert.Equal(Log, log);
        Assert.Equal("Bearer " + FakeForge.Token, FakeForge.Header(Assert.Single(gitHub.Calls), "Authorization"));
        var fetched = Assert.Single(storage.LogEntries);
        Assert.False(fetched.RequestMessage.Headers?.ContainsKey("Authorization") ?? false, "the token was sent to the log storage");
    }

    [Fact]
    public async Task A_gitea_job_log_comes_from_its_actions_api()
    {
        using var gitea = new FakeForge(Forge.Gitea);
        gitea.Server.Given(Request.Create().WithPath("/api/v1/repos/team/app/actions/jobs/12/logs").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "text/plain").WithBody(Log));

        Assert.Equal(Log, await gitea.Client.JobLogAsync("team/app", 12, CancellationToken.None));
    }

    [Fact]
    public async Task A_job_without_a_log_is_a_forge_error_that_says_which()
    {
        using var gitHub = new FakeForge(Forge.GitHub, "/api/v3");
        gitHub.Server.Given(Request.Create().WithPath("/api/v3/repos/octo/hello/actions/jobs/78/logs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(HttpStatusCode.NotFound).WithBody("""{"message":"Not Found"}"""));

        var error = await Assert.ThrowsAsync<ForgeApiException>(() => gitHub.Client.JobLogAsync("octo/hello", 78, CancellationToken.None));

        Assert.Contains("job 78", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Forge.BitbucketCloud)]
    [InlineData(Forge.BitbucketServer)]
    public async Task Bitbucket_serves_no_job_logs_and_says_so_without_calling(Forge forge)
    {
        using var bitbucket = new FakeForge(forge);

        var error = await Assert.ThrowsAsync<ForgeApiException>(() => bitbucket.Client.JobLogAsync("team/app", 5, CancellationToken.None));

        Assert.Contains("serves no job logs", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Status);
        Assert.Empty(bitbucket.Calls);
    }
}
