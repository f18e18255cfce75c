using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hooks.Plugins.Badges.Tests.Support;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Plugins.Badges.Tests.Flow;

/// <summary>GitLab failing: the refresh records why for the page, Hangfire retries it, and it heals once GitLab answers.</summary>
public sealed class ApiErrorFacts : FacilityFacts
{
    [Fact]
    public async Task A_refused_token_shows_on_the_page_with_what_to_check()
    {
        Gateway.GitLab.RejectToken = true;
        var client = Gateway.CreateAdminClient();

        using var response = await client.PostAsync($"/plugins/badges/{Gateway.ProjectSlug}/refresh", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        string page = await Eventually.Get(() => client.GetStringAsync($"/plugins/badges/{Gateway.ProjectSlug}"), p => p.Contains("The last refresh failed"), "the failure on the page");
        Assert.Contains("GitLab answered 401 Unauthorized to GET /api/v4/projects/gitlab-org%2Fhello-world (check the project&#x27;s Token", page);
        Assert.Contains("GitLab answered 401 Unauthorized", await client.GetStringAsync("/plugins/badges/"));
    }

    [Fact]
    public async Task A_failed_refresh_is_retried_by_hangfire_and_heals()
    {
        Gateway.GitLab.Change(g => g.Failures.Enqueue(("/labels", HttpStatusCode.Forbidden)));
        var client = Gateway.CreateAdminClient();

        using var response = await client.PostAsync($"/plugins/badges/{Gateway.ProjectSlug}/refresh", null);
        string jobId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;

        await Eventually.Get(() => Task.FromResult(Gateway.GitLab.BadgesNow().Length), count => count == 6, "the retried refresh to create the badges");
        var monitoring = Gateway.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var details = await Eventually.Get(() => Task.FromResult(monitoring.JobDetails(jobId)), d => d.History[0].StateName == "Succeeded", "the job to succeed");
        Assert.Contains(details.History, state => state.Reason?.StartsWith("Retry attempt 1", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("The last refresh failed", await client.GetStringAsync($"/plugins/badges/{Gateway.ProjectSlug}"));
        string metrics = await client.GetStringAsync("/metrics");
        Assert.Matches("hooks_badges_refreshes_total\\{[^}]*outcome=\"failed\"[^}]*project=\"gitlab-org/hello-world\"[^}]*\\} 1", metrics);
        Assert.Matches("hooks_badges_refreshes_total\\{[^}]*outcome=\"succeeded\"[^}]*project=\"gitlab-org/hello-world\"[^}]*\\} 1", metrics);
        Assert.Contains("hooks_badges_refresh_duration_seconds_bucket{", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passing_server_errors_are_retried_within_the_refresh()
    {
        Gateway.GitLab.Change(g =>
        {
            g.Failures.Enqueue(("/badges", HttpStatusCode.BadGateway));
            g.Failures.Enqueue(("/badges", HttpStatusCode.ServiceUnavailable));
        });

        Gateway.TriggerReconcile();

        await Eventually.Get(() => Task.FromResult(Gateway.GitLab.BadgesNow().Length), count => count == 6, "the badges despite two failed calls");
        Assert.Empty(Gateway.GitLab.Failures);
        Assert.DoesNotContain("The last refresh failed", await Gateway.CreateClient().GetStringAsync($"/plugins/badges/{Gateway.ProjectSlug}"));
    }
}
