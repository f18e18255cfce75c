using Hooks.Plugins.Dashboard.Tests.Support;

namespace Hooks.Plugins.Dashboard.Tests.Flow;

/// <summary>GitHub's workflow runs and jobs are pipelines and jobs too (their logs are not read: GitHub serves them as archives).</summary>
public sealed class GitHubFacts : IDisposable
{
    private readonly DashboardGateway _gateway = new();

    public GitHubFacts()
    {
        _gateway.Settings["Hooks:Plugins:dashboard:Groups:1:Source"] = "github";
        _gateway.Settings["Hooks:Plugins:dashboard:Groups:1:Group"] = "northwind";
        _gateway.Settings["Hooks:Plugins:dashboard:Groups:1:Users:0"] = "jonas-b";
    }

    public void Dispose() => _gateway.Dispose();

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
