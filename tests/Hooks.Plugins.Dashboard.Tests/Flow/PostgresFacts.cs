using Hooks.Plugins.Dashboard.Tests.Support;
using Hooks.Testing;

namespace Hooks.Plugins.Dashboard.Tests.Flow;

/// <summary>The plugin's storage on PostgreSQL (a schema of its own), as in production: a backfill and a webhook.</summary>
public sealed class PostgresFacts(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_backfill_and_a_failing_job_hook_are_stored_classified_and_shown_on_postgresql()
    {
        using var gateway = new DashboardGateway();
        gateway.Settings["ConnectionStrings:Hooks"] = await postgres.Server.CreateDatabaseAsync();
        Group.Stock(gateway.GitLab);
        await gateway.BackfillAsync();
        var gamma = gateway.GitLab.Projects.Single(p => p.Path == "gitlab-org/gamma");
        var failing = new FakeJob(83021, "test", "failed", "An error occurred (ThrottlingException) when calling the DescribeStacks operation\n");
        gateway.GitLab.Change(_ => gamma.Pipelines.Add(new FakePipeline(8302, "failed", DashboardGateway.NightlyUser, "schedule", Nights.Ago(0).AddMinutes(30), [failing])));

        await gateway.PostHookAsync("Job Hook", GitLabHooks.Job(gamma, 8302, failing, Nights.Ago(0).AddMinutes(31)));
        await gateway.PostHookAsync("Pipeline Hook", GitLabHooks.Pipeline(gamma, 8302, "failed", DashboardGateway.NightlyUser, "schedule", Nights.Ago(0).AddMinutes(30)));

        var job = await gateway.ClassifiedJobAsync(83021);
        Assert.Equal(["(ThrottlingException) when calling the DescribeStacks operation"], job.GetProperty("shown").EnumerateArray().Select(e => e.GetProperty("text").GetString()!));
        var alpha = await gateway.ClassifiedJobAsync(81031);
        Assert.Equal(2, alpha.GetProperty("dependencyChanges").GetArrayLength());
        var grid = await gateway.GetJsonAsync("/plugins/dashboard/api/grid");
        Assert.Equal(["gitlab-org/alpha", "gitlab-org/gamma", "gitlab-org/beta"], grid.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("project").GetString()!));
        var errors = await gateway.GetJsonAsync("/plugins/dashboard/api/errors");
        Assert.Equal("UndefVarError: foo not defined", errors.GetProperty("prevalent")[0].GetProperty("text").GetString());
        Assert.Equal(2, errors.GetProperty("prevalent")[0].GetProperty("jobs").GetInt32());
    }
}
