using System.Net;
using Hooks.Plugins.Dashboard.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Hooks.Plugins.Dashboard.Tests.Flow;

/// <summary>
/// GitHub's workflow runs and jobs are pipelines and jobs too; a failed job's log is read through the gateway's GitHub
/// client when the source has an API address (<c>actions/jobs/:id/logs</c>, a redirect to storage).
/// </summary>
public sealed class GitHubFacts : IDisposable
{
    private readonly DashboardGateway _gateway = new();

    public GitHubFacts()
    {
        _gateway.Settings["Hooks:Plugins:dashboard:Groups:1:Source"] = "github";
        _gateway.Settings["Hooks:Plugins:dashboard:Groups:1:Group"] = "northwind";
        _gateway.Settings["Hooks:Plugins:dashboard:Groups:1:Users:0"] = "jonas-b";
    }

    public void Dispose()
    {
        _gateway.Dispose();
        _gitHub.Dispose();
    }

    private readonly WireMockServer _gitHub = WireMockServer.Start();

    [Fact]
    public async Task A_failed_workflow_jobs_log_is_read_from_github_and_classified()
    {
        _gateway.Settings["Hooks:Sources:github:BaseUrl"] = _gitHub.Url;
        _gateway.Settings["Hooks:Sources:github:Token"] = "ghp-dashboard-fake";
        _gitHub.Given(Request.Create().WithPath("/storage/job-38165402291.txt").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "text/plain").WithBody("Run ./test.sh\nSegmentation fault\n##[error]Process completed with exit code 139.\n"));
        _gitHub.Given(Request.Create().WithPath("/api/v3/repos/northwind/lighthouse/actions/jobs/38165402291/logs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(HttpStatusCode.Found).WithHeader("Location", _gitHub.Url + "/storage/job-38165402291.txt"));

        await _gateway.HandledAsync(await _gateway.PostFixtureAsync("workflow_job-completed-failure.json", "github"));
        await _gateway.HandledAsync(await _gateway.PostFixtureAsync("workflow_run-completed-failure.json", "github"));

        var job = await _gateway.ClassifiedJobAsync(38165402291);
        Assert.Contains("Segmentation fault", job.GetProperty("shown").ToString(), StringComparison.Ordinal);
        Assert.Single(_gitHub.LogEntries, call => call.RequestMessage.Path.EndsWith("/logs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_workflow_job_is_recorded_with_its_run_and_runner()
    {
        await _gateway.HandledAsync(await _gateway.PostFixtureAsync("workflow_job-completed-failure.json", "github"));
        await _gateway.HandledAsync(await _gateway.PostFixtureAsync("workflow_run-completed-failure.json", "github"));

        var job = await _gateway.GetJsonAsync("/plugins/dashboard/api/jobs/38165402291?source=github");
        Assert.Equal("failure", job.GetProperty("status").GetString());
        Assert.Equal(13650117230, job.GetProperty("pipelineId").GetInt64());
        Assert.Equal("https://github.com/northwind/lighthouse/actions/runs/13650117230", job.GetProperty("pipelineUrl").GetString());
        Assert.Equal("GitHub Actions 41", job.GetProperty("runner").GetString());
        Assert.Equal("NotAsked", job.GetProperty("log").GetString());
        Assert.StartsWith("https://github.com/northwind/lighthouse/issues/new?title=&labels=nightly&body=", job.GetProperty("newIssueUrl").GetString(), StringComparison.Ordinal);
        Assert.Empty(_gateway.GitLab.Calls);
    }
}
