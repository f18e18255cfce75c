using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Plugins.Dashboard.Tests.Support;

namespace Hooks.Plugins.Dashboard.Tests.Flow;

/// <summary>The backfill against a fake GitLab speaking GitLab's shapes: pages without totals, 429, nothing fetched twice.</summary>
public sealed class BackfillFacts : IDisposable
{
    private readonly DashboardGateway _gateway = new();

    public BackfillFacts()
    {
        Group.Stock(_gateway.GitLab);
        _gateway.GitLab.MaxPerPage = 2;
    }

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task A_backfill_follows_pages_without_totals_and_reads_the_jobs_and_logs_of_failed_nights_and_the_nights_before_them()
    {
        await _gateway.BackfillAsync();

        var calls = _gateway.GitLab.Calls;
        Assert.Equal(2, calls.Count(c => c.StartsWith("/api/v4/groups/gitlab-org/projects", StringComparison.Ordinal)));
        Assert.Contains(calls, c => c.Contains("page=2", StringComparison.Ordinal) && c.Contains("/groups/", StringComparison.Ordinal));
        Assert.DoesNotContain(calls, c => c.Contains("/projects/604/", StringComparison.Ordinal));
        Assert.All(calls.Where(c => c.Contains("/pipelines?", StringComparison.Ordinal)), c => Assert.Contains("updated_after=", c, StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Contains("/projects/601/pipelines?", StringComparison.Ordinal) && c.Contains("username=nightly-dev", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Contains("/projects/601/pipelines?", StringComparison.Ordinal) && c.Contains("source=schedule", StringComparison.Ordinal));
        string[] jobLists = [.. calls.Where(c => c.Contains("/jobs?", StringComparison.Ordinal)).Select(c => c.Split('?')[0]).Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(
            ["/api/v4/projects/601/pipelines/8101/jobs", "/api/v4/projects/601/pipelines/8102/jobs", "/api/v4/projects/601/pipelines/8103/jobs", "/api/v4/projects/602/pipelines/8201/jobs"],
            jobLists);
        string[] traces = [.. calls.Where(c => c.EndsWith("/trace", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        Assert.Equal(
            ["/api/v4/projects/601/jobs/81011/trace", "/api/v4/projects/601/jobs/81021/trace", "/api/v4/projects/601/jobs/81031/trace", "/api/v4/projects/601/jobs/81032/trace", "/api/v4/projects/602/jobs/82011/trace"],
            traces);

        var grid = await _gateway.GetJsonAsync("/plugins/dashboard/api/grid");
        var rows = grid.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["gitlab-org/alpha", "gitlab-org/beta", "gitlab-org/gamma"], rows.Select(r => r.GetProperty("project").GetString()!));
        Assert.Equal(["#3 UndefVarError in nightly"], rows[0].GetProperty("issues").EnumerateArray().Select(i => $"#{i.GetProperty("iid").GetInt64()} {i.GetProperty("title").GetString()}"));
        var lastNight = rows[0].GetProperty("days").EnumerateArray().Last().GetProperty("pipelines");
        Assert.Equal(8103, Assert.Single(lastNight.EnumerateArray()).GetProperty("id").GetInt64());
        var job = Assert.Single(lastNight[0].GetProperty("jobs").EnumerateArray());
        Assert.Equal("UndefVarError: foo not defined", Assert.Single(job.GetProperty("errors").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal(["Bar v0.1.0→v0.2.0", "Foo v1.1.0→v1.2.0"], job.GetProperty("dependencyChanges").EnumerateArray()
            .Select(c => $"{c.GetProperty("name").GetString()} {c.GetProperty("old").GetString()}→{c.GetProperty("new").GetString()}"));
        var betaOldest = rows[1].GetProperty("days").EnumerateArray().Reverse().Skip(3).First().GetProperty("pipelines")[0].GetProperty("jobs")[0];
        Assert.True(betaOldest.GetProperty("unmatched").GetBoolean());
    }

    [Fact]
    public async Task A_second_backfill_fetches_nothing_it_already_has()
    {
        await _gateway.BackfillAsync();
        var first = _gateway.GitLab.Calls;

        await _gateway.BackfillAsync();

        var again = _gateway.GitLab.Calls.Skip(first.Count).ToList();
        Assert.DoesNotContain(again, c => c.Contains("/jobs", StringComparison.Ordinal));
        Assert.Equal(first.Where(c => !c.Contains("/jobs", StringComparison.Ordinal)).Select(WithoutTime), again.Select(WithoutTime)); // the same lists, nothing else
    }

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_and_the_backfill_completes()
    {
        _gateway.GitLab.TooManyRequests.Enqueue(("/projects/601/pipelines", 1));

        await _gateway.BackfillAsync();

        Assert.Empty(_gateway.GitLab.TooManyRequests);
        var pipelineCalls = _gateway.GitLab.Calls.Where(c => c.StartsWith("/api/v4/projects/601/pipelines?", StringComparison.Ordinal)).ToList();
        Assert.Equal(pipelineCalls[0], pipelineCalls[1]); // the 429, then the same call again
        Assert.Equal(pipelineCalls.Count - 1, pipelineCalls.Distinct().Count());
        Assert.Equal(8103, (await _gateway.GetJsonAsync("/plugins/dashboard/api/jobs/81031")).GetProperty("pipelineId").GetInt64());
    }

    [Fact]
    public async Task Starting_a_backfill_takes_a_token_with_the_dashboard_scope()
    {
        using var admin = _gateway.CreateAdminClient();
        using var created = await admin.PostAsJsonAsync("/api/tokens", new { name = "nightly-ci", scopes = new[] { "dashboard" } });
        created.EnsureSuccessStatusCode();
        string token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        using var anonymous = _gateway.CreateClient();
        using var scoped = _gateway.CreateClient();
        scoped.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var refused = await anonymous.PostAsync("/plugins/dashboard/api/backfill", null);
        using var accepted = await scoped.PostAsync("/plugins/dashboard/api/backfill", null);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.False(string.IsNullOrEmpty((await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()));
        await _gateway.QuietAsync();
    }

    private static string WithoutTime(string call) => System.Text.RegularExpressions.Regex.Replace(call, "updated_after=[^&]+", "updated_after=T");
}
