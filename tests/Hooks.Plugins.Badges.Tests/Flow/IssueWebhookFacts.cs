using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Plugins.Badges.Tests.Support;
using Hooks.Testing;

namespace Hooks.Plugins.Badges.Tests.Flow;

/// <summary>GitLab issue deliveries, through the gateway, keep the project's badges current (a fresh gateway per test).</summary>
public sealed class IssueWebhookFacts : FacilityFacts
{
    private const string Images = BadgesGateway.PublicUrl + "/plugins/badges/gitlab-org%2Fhello-world/";

    [Fact]
    public async Task Issue_label_change_creates_one_badge_per_device_grouped_by_colour_beside_foreign_badges()
    {
        await Gateway.PostFixtureAsync("issue-labels-changed.json");

        var owned = await OwnedBadgesAsync(count: 4);

        Assert.Equal(["hooks-badges:D:Arctica", "hooks-badges:D:Glacios", "hooks-badges:D:Krios", "hooks-badges:D:Talos"], owned.Select(b => b.Name));
        Assert.Equal([Images + "Arctica.svg", Images + "Glacios.svg", Images + "Krios.svg", Images + "Talos.svg"], owned.Select(b => b.ImageUrl));
        Assert.Equal(Gateway.GitLab.WebUrl + "/-/issues?state=opened&sort=updated_desc&label_name%5B%5D=D%3AKrios", owned[2].LinkUrl);
        Assert.Equal(Gateway.GitLab.WebUrl + "/-/boards", owned[1].LinkUrl);
        var others = Gateway.GitLab.BadgesNow().Where(b => !b.Name!.StartsWith("hooks-badges:D:", StringComparison.Ordinal) || b.Kind == "group").ToList();
        Assert.Equal([1L, 2L], others.Select(b => b.Id));
        Assert.Equal("Pipeline", others[0].Name);
    }

    [Fact]
    public async Task Badge_images_served_by_the_gateway_show_each_devices_status()
    {
        await Gateway.PostFixtureAsync("issue-labels-changed.json");
        await OwnedBadgesAsync(count: 4);
        var client = Gateway.CreateClient();

        Assert.Contains(">DOWN · 2 d<", await SvgAsync(client, "Krios"));
        Assert.Contains(">LIMITED · 2 d<", await SvgAsync(client, "Arctica"));
        Assert.Contains(">RUNNING", await SvgAsync(client, "Glacios"));
        string talos = await SvgAsync(client, "Talos");
        Assert.Contains(">INFO<", talos);
        Assert.Contains("#007ec6", talos);

        var shields = await client.GetFromJsonAsync<JsonElement>($"/plugins/badges/{Gateway.ProjectSlug}/Talos.json");
        Assert.Equal(1, shields.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("Talos", shields.GetProperty("label").GetString());
        Assert.StartsWith("RUNNING | INFO", shields.GetProperty("message").GetString());
        Assert.Equal("brightgreen", shields.GetProperty("color").GetString());
    }

    [Fact]
    public async Task Closing_the_last_issue_of_a_device_edits_its_badge_in_place_and_records_the_change()
    {
        await Gateway.PostFixtureAsync("issue-labels-changed.json");
        var before = await OwnedBadgesAsync(count: 4);

        Gateway.GitLab.Change(g => g.Issues[0] = g.Issues[0] with { State = "closed" });
        await Gateway.PostFixtureAsync("issue-closed.json");

        var after = await Eventually.Get(
            () => Task.FromResult(Owned()),
            badges => badges.Count == 4 && badges[2].LinkUrl.EndsWith("/-/boards", StringComparison.Ordinal),
            "Krios's badge to link to the board");
        Assert.Equal(before.Select(b => b.Id), after.Select(b => b.Id));
        Assert.DoesNotContain(Gateway.GitLab.Calls, call => call.Method == "DELETE");
        Assert.Contains(">RUNNING<", await SvgAsync(Gateway.CreateClient(), "Krios"));
        string page = await Gateway.CreateClient().GetStringAsync($"/plugins/badges/{Gateway.ProjectSlug}");
        Assert.Contains("<td>Krios</td><td class=\"status running\">RUNNING</td>", page);
        Assert.Contains("<td>Krios</td><td class=\"status down\">DOWN</td>", page);
    }

    [Fact]
    public async Task A_removed_device_label_deletes_only_the_last_owned_badge()
    {
        await Gateway.PostFixtureAsync("issue-labels-changed.json");
        var before = await OwnedBadgesAsync(count: 4);

        Gateway.GitLab.Change(g => g.Labels.RemoveAll(l => l.Name == "D:Glacios"));
        await Gateway.PostFixtureAsync("issue-updated.json");

        var after = await Eventually.Get(() => Task.FromResult(Owned()), badges => badges.Count == 3, "three owned badges");
        Assert.Equal(["hooks-badges:D:Arctica", "hooks-badges:D:Krios", "hooks-badges:D:Talos"], after.Select(b => b.Name));
        Assert.Equal(before.Take(3).Select(b => b.Id), after.Select(b => b.Id));
        Assert.Equal([$"/api/v4/projects/{Gateway.GitLab.ProjectPath}/badges/{before[3].Id}"], Gateway.GitLab.Calls.Where(c => c.Method == "DELETE").Select(c => c.Path));
    }

    [Fact]
    public async Task A_comment_on_an_issue_refreshes_but_one_on_a_merge_request_does_not()
    {
        await Gateway.HandledAsync(await Gateway.PostFixtureAsync("note-merge_request.json"));
        await Gateway.QuietAsync();
        Assert.Empty(Gateway.GitLab.Calls);

        await Gateway.PostFixtureAsync("note-issue.json");

        await OwnedBadgesAsync(count: 4);
        Assert.Single(Gateway.GitLab.Calls, call => call.Method == "GET" && call.Path.EndsWith("hello-world", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_and_badges_answer_at_the_plain_project_path_too()
    {
        await Gateway.PostFixtureAsync("issue-labels-changed.json");
        await OwnedBadgesAsync(count: 4);
        var client = Gateway.CreateClient();

        Assert.Contains("<tr data-device=\"Krios\" data-status=\"down\">", await client.GetStringAsync("/plugins/badges/gitlab-org/hello-world"));
        Assert.Contains(">DOWN · 2 d<", await client.GetStringAsync("/plugins/badges/gitlab-org/hello-world/Krios.svg"));
        Assert.Contains("\"label\":\"Krios\"", await client.GetStringAsync("/plugins/badges/gitlab-org/hello-world/Krios.json"));
        using var unknown = await client.GetAsync("/plugins/badges/gitlab-org/nothing/Krios.svg");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Unknown_project_or_device_answers_404_with_what_is_missing()
    {
        var client = Gateway.CreateClient();

        using var page = await client.GetAsync("/plugins/badges/nobody%2Fnothing");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("no project 'nobody/nothing' in Hooks:Plugins:badges:Projects", await page.Content.ReadAsStringAsync());
        using var svg = await client.GetAsync($"/plugins/badges/{Gateway.ProjectSlug}/Nope.svg");
        Assert.Equal(HttpStatusCode.NotFound, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Contains("unknown device", await svg.Content.ReadAsStringAsync());
    }

    private async Task<List<FakeBadge>> OwnedBadgesAsync(int count)
    {
        try
        {
            return await Eventually.Get(() => Task.FromResult(Owned()), badges => badges.Count == count, $"{count} owned badges");
        }
        catch (TimeoutException timeout)
        {
            string calls = string.Join("\n", Gateway.GitLab.Calls.Select(c => $"{c.Method} {c.Path}"));
            string page = await Gateway.CreateClient().GetStringAsync("/plugins/badges/");
            throw new TimeoutException($"{timeout.Message}\nGitLab saw:\n{calls}\nindex page:\n{page}", timeout);
        }
    }

    private List<FakeBadge> Owned() => [.. Gateway.GitLab.OwnedBadgesNow()];

    private async Task<string> SvgAsync(HttpClient client, string device)
    {
        using var response = await client.GetAsync($"/plugins/badges/{Gateway.ProjectSlug}/{device}.svg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache, max-age=0", response.Headers.CacheControl!.ToString());
        return await response.Content.ReadAsStringAsync();
    }
}
