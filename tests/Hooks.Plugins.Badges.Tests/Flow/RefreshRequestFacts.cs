using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Plugins.Badges.Tests.Support;

namespace Hooks.Plugins.Badges.Tests.Flow;

/// <summary>Refreshes of one project coalesce while one waits; a receiver-only gateway runs no job, so they stay waiting.</summary>
public sealed class RefreshRequestFacts : FacilityFacts
{
    public RefreshRequestFacts()
    {
        Gateway.Settings["Hooks:Roles"] = "receiver";
        Gateway.Settings["Hooks:Plugins:badges:Projects:1:Project"] = "lab/unreachable";
    }

    [Fact]
    public async Task Requests_while_a_refresh_waits_join_it()
    {
        var client = Gateway.CreateAdminClient();

        var answers = new List<JsonElement>();
        for (int i = 0; i < 5; i++)
        {
            using var response = await client.PostAsync($"/plugins/badges/{Gateway.ProjectSlug}/refresh", null);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            answers.Add(await response.Content.ReadFromJsonAsync<JsonElement>());
        }

        Assert.Single(answers.Select(a => a.GetProperty("jobId").GetString()).Distinct());
        Assert.Equal([false, true, true, true, true], answers.Select(a => a.GetProperty("joined").GetBoolean()));
    }

    [Fact]
    public async Task A_misconfigured_project_is_refused_with_what_is_missing_and_shown_on_the_index()
    {
        var client = Gateway.CreateAdminClient();

        using var response = await client.PostAsync("/plugins/badges/lab%2Funreachable/refresh", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("no GitLab address: set ApiUrl, or BaseUrl on its source", await response.Content.ReadAsStringAsync());
        Assert.Contains("no GitLab address", await client.GetStringAsync("/plugins/badges/"));
    }
}
