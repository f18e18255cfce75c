using Hooks.Plugins.Badges.Tests.Support;
using Hooks.Testing;

namespace Hooks.Plugins.Badges.Tests.Flow;

/// <summary>Several projects, each with its own GitLab address and token; a project may be named by its numeric id.</summary>
public sealed class ManyProjectsFacts : IDisposable
{
    private readonly BadgesGateway _gateway = new();
    private readonly FakeGitLab _lasers = new("facility/lasers", 77, "glpat-lasers-only");

    public ManyProjectsFacts()
    {
        _gateway.Settings["Hooks:Plugins:badges:Projects:0:Project"] = _gateway.GitLab.ProjectId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _gateway.Settings["Hooks:Plugins:badges:Projects:1:Project"] = "facility/lasers";
        _gateway.Settings["Hooks:Plugins:badges:Projects:1:ApiUrl"] = _lasers.Url;
        _gateway.Settings["Hooks:Plugins:badges:Projects:1:Token"] = "glpat-lasers-only";
        Facility.Stock(_gateway.GitLab);
        _lasers.Change(g => g.Labels.Add(new FakeLabel("D:Ti-Sapphire", Facility.Red)));
    }

    public void Dispose()
    {
        _gateway.Dispose();
        _lasers.Dispose();
    }

    [Fact]
    public async Task A_delivery_refreshes_only_its_own_project_matched_by_id()
    {
        await _gateway.HandledAsync(await _gateway.PostFixtureAsync("issue-labels-changed.json"));

        await Eventually.Get(() => Task.FromResult(_gateway.GitLab.BadgesNow().Length), count => count == 6, "the project's four badges");
        await _gateway.QuietAsync();
        Assert.Contains(_gateway.GitLab.Calls, call => call.Path == "/api/v4/projects/4861503/labels");
        Assert.Empty(_lasers.Calls);
    }

    [Fact]
    public async Task Each_project_is_refreshed_with_its_own_token()
    {
        _gateway.TriggerReconcile();

        var lasers = await Eventually.Get(() => Task.FromResult(_lasers.BadgesNow()), badges => badges.Length == 1, "the lasers' badge");
        Assert.Equal("hooks-badges:D:Ti-Sapphire", lasers[0].Name);
        Assert.Equal(BadgesGateway.PublicUrl + "/plugins/badges/facility%2Flasers/Ti-Sapphire.svg", lasers[0].ImageUrl);
        await Eventually.Get(() => Task.FromResult(_gateway.GitLab.BadgesNow().Length), count => count == 6, "the other project's badges");
        var page = await _gateway.CreateClient().GetStringAsync("/plugins/badges/facility%2Flasers");
        Assert.Contains("<tr data-device=\"Ti-Sapphire\" data-status=\"running\">", page);
    }
}
