using System.Text.Json;
using Hooks.Plugins.Dashboard.Tests.Patterns;
using Hooks.Plugins.Dashboard.Tests.Support;

namespace Hooks.Plugins.Dashboard.Tests.Flow;

/// <summary>Pipeline and Job Hooks through the gateway: in any order, twice, counted or not, and the logs they set off.</summary>
public sealed class WebhookFacts : IDisposable
{
    private readonly DashboardGateway _gateway = new();
    private readonly FakeProject _project = new(501, "gitlab-org/julia-pkg");

    public WebhookFacts() => _gateway.GitLab.Projects.Add(_project);

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task A_failed_job_of_a_counted_pipeline_has_its_log_fetched_once_and_its_errors_are_visible_through_the_api()
    {
        var job = new FakeJob(9001, "Julia 1.10", "failed", "ERROR: LoadError: UndefVarError: foo not defined\nStacktrace:\n");
        Stock(7001, Nights.Ago(0), job);
        var pipeline = GitLabHooks.Pipeline(_project, 7001, "failed", "someone", "schedule", Nights.Ago(0), job);

        await _gateway.HandledAsync(await _gateway.PostHookAsync("Pipeline Hook", pipeline));
        await _gateway.HandledAsync(await _gateway.PostHookAsync("Pipeline Hook", pipeline));
        await _gateway.HandledAsync(await _gateway.PostHookAsync("Job Hook", GitLabHooks.Job(_project, 7001, job, Nights.Ago(0))));

        var details = await _gateway.GetJsonAsync("/plugins/dashboard/api/jobs/9001");
        Assert.Equal("Classified", details.GetProperty("log").GetString());
        Assert.Equal(["UndefVarError: foo not defined"], Texts(details.GetProperty("shown")));
        Assert.Equal("https://gitlab.example.com/gitlab-org/julia-pkg/-/jobs/9001", details.GetProperty("url").GetString());
        Assert.Equal(1, _gateway.GitLab.CallsTo("/jobs/9001/trace"));
    }

    [Fact]
    public async Task A_job_arriving_before_its_pipeline_is_kept_and_joined_to_it_when_the_pipeline_arrives()
    {
        var job = new FakeJob(9002, "Julia nightly", "failed", "Segmentation fault\n", AllowFailure: true);
        Stock(7002, Nights.Ago(0), job);

        await _gateway.HandledAsync(await _gateway.PostHookAsync("Job Hook", GitLabHooks.Job(_project, 7002, job, Nights.Ago(0))));
        var early = await _gateway.GetJsonAsync("/plugins/dashboard/api/jobs/9002");
        int tracesBefore = _gateway.GitLab.CallsTo("/trace");
        await _gateway.HandledAsync(await _gateway.PostHookAsync("Pipeline Hook", GitLabHooks.Pipeline(_project, 7002, "failed", DashboardGateway.NightlyUser, "web", Nights.Ago(0))));

        Assert.Equal("NotAsked", early.GetProperty("log").GetString());
        Assert.Equal(0, tracesBefore);
        var details = await _gateway.GetJsonAsync("/plugins/dashboard/api/jobs/9002");
        Assert.Equal(["Segmentation fault"], Texts(details.GetProperty("shown")));
        Assert.True(details.GetProperty("allowFailure").GetBoolean());
        var grid = await _gateway.GetJsonAsync("/plugins/dashboard/api/grid?jobs=allowed");
        var row = Assert.Single(grid.GetProperty("rows").EnumerateArray());
        Assert.Equal("gitlab-org/julia-pkg", row.GetProperty("project").GetString());
        var today = row.GetProperty("days").EnumerateArray().Last();
        Assert.Equal(9002, today.GetProperty("pipelines")[0].GetProperty("jobs")[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task A_late_running_job_hook_does_not_undo_a_failure_and_the_same_delivery_twice_is_handled_once()
    {
        var failed = new FakeJob(9003, "Julia 1.10", "failed", "Killed: 9\n");
        Stock(7003, Nights.Ago(0), failed);
        await _gateway.HandledAsync(await _gateway.PostHookAsync("Pipeline Hook", GitLabHooks.Pipeline(_project, 7003, "failed", DashboardGateway.NightlyUser, "schedule", Nights.Ago(0), failed)));
        string key = Guid.NewGuid().ToString();

        var first = await _gateway.PostHookAsync("Job Hook", GitLabHooks.Job(_project, 7003, failed with { Status = "running" }, Nights.Ago(0)), key);
        var again = await _gateway.PostHookAsync("Job Hook", GitLabHooks.Job(_project, 7003, failed with { Status = "running" }, Nights.Ago(0)), key);
        await _gateway.HandledAsync(first);

        Assert.Equal(first, again);
        var details = await _gateway.GetJsonAsync("/plugins/dashboard/api/jobs/9003");
        Assert.Equal("failed", details.GetProperty("status").GetString());
        Assert.Equal(["Killed: 9"], Texts(details.GetProperty("shown")));
        Assert.Equal(1, _gateway.GitLab.CallsTo("/jobs/9003/trace"));
    }

    [Fact]
    public async Task A_pipeline_that_does_not_count_fetches_no_log_and_stays_off_the_grid()
    {
        var job = new FakeJob(9004, "lint", "failed", "Segmentation fault\n");
        Stock(7004, Nights.Ago(0), job);

        await _gateway.HandledAsync(await _gateway.PostHookAsync("Pipeline Hook", GitLabHooks.Pipeline(_project, 7004, "failed", "ana.lima", "push", Nights.Ago(0), job)));
        await _gateway.HandledAsync(await _gateway.PostHookAsync("Job Hook", GitLabHooks.Job(_project, 7004, job, Nights.Ago(0))));

        Assert.Equal(0, _gateway.GitLab.CallsTo("/trace"));
        Assert.Equal("NotAsked", (await _gateway.GetJsonAsync("/plugins/dashboard/api/jobs/9004")).GetProperty("log").GetString());
        Assert.Empty((await _gateway.GetJsonAsync("/plugins/dashboard/api/grid")).GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public async Task The_own_corpus_fixtures_are_recorded_job_first_and_only_the_scheduled_pipeline_has_its_logs_read()
    {
        var corpus = new FakeProject(4861503, "gitlab-org/hello-world");
        corpus.Pipelines.Add(new FakePipeline(1650517, "failed", "nightly-dev", "schedule", Nights.Ago(3),
            [new FakeJob(8810901, "Julia 1.10 (Linux, x86_64)", "failed", Logs.WithDependencies("v1.0.0", "v0.1.0") + "Test Failed at x.jl:1\n  Expression: f() == 1\nStacktrace:\n"),
             new FakeJob(8810902, "Julia nightly (Linux, x86_64)", "failed", "signal (15)\n", AllowFailure: true)]));
        _gateway.GitLab.Projects.Add(corpus);

        await _gateway.HandledAsync(await _gateway.PostFixtureAsync("job-failed.json"));
        await _gateway.HandledAsync(await _gateway.PostFixtureAsync("pipeline-failed.json"));
        await _gateway.HandledAsync(await _gateway.PostFixtureAsync("pipeline-schedule-failed.json"));

        var pushed = await _gateway.GetJsonAsync("/plugins/dashboard/api/jobs/8810332");
        Assert.Equal(1650402, pushed.GetProperty("pipelineId").GetInt64());
        Assert.Equal("NotAsked", pushed.GetProperty("log").GetString());
        Assert.Equal("facility-runner-1", pushed.GetProperty("runner").GetString());
        var nightly = await _gateway.GetJsonAsync("/plugins/dashboard/api/jobs/8810901");
        Assert.Equal(["f() == 1"], Texts(nightly.GetProperty("shown")));
        Assert.Equal(["Bar", "Foo"], nightly.GetProperty("dependencies").EnumerateArray().Select(d => d.GetProperty("name").GetString()!));
        var allowed = await _gateway.GetJsonAsync("/plugins/dashboard/api/jobs/8810902");
        Assert.True(allowed.GetProperty("allowFailure").GetBoolean());
        Assert.Equal(["signal (15)"], Texts(allowed.GetProperty("shown")));
        Assert.Equal(0, _gateway.GitLab.CallsTo("/jobs/8810332/trace"));
        Assert.Equal(0, _gateway.GitLab.CallsTo("/jobs/8810903/trace"));
    }

    private void Stock(long pipelineId, DateTimeOffset createdAt, params FakeJob[] jobs) =>
        _project.Pipelines.Add(new FakePipeline(pipelineId, "failed", DashboardGateway.NightlyUser, "schedule", createdAt, jobs));

    private static string[] Texts(JsonElement errors) => [.. errors.EnumerateArray().Select(e => e.GetProperty("text").GetString()!)];
}
