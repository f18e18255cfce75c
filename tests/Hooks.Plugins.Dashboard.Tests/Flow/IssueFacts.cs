using Hooks.Plugins.Dashboard.Tests.Support;

namespace Hooks.Plugins.Dashboard.Tests.Flow;

/// <summary>A project's open labelled issues follow Issue Hooks between backfills (the own corpus's issue deliveries, labelled <c>critical</c>).</summary>
public sealed class IssueFacts : IDisposable
{
    private readonly DashboardGateway _gateway = new();
    private readonly FakeProject _project = new(4861503, "gitlab-org/hello-world");

    public IssueFacts()
    {
        _gateway.Settings["Hooks:Plugins:dashboard:IssueLabel"] = "critical";
        _project.Pipelines.Add(new FakePipeline(7801, "failed", DashboardGateway.NightlyUser, "schedule", Nights.Ago(0), [new FakeJob(98011, "test", "failed", "Killed: 9\n")]));
        _gateway.GitLab.Projects.Add(_project);
    }

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task An_issue_labelled_while_open_is_listed_beside_its_project_and_leaves_when_closed()
    {
        await _gateway.BackfillAsync();
        await _gateway.HandledAsync(await _gateway.PostFixtureAsync("issue-opened.json"));
        var unlabelled = await IssuesAsync();
        await _gateway.HandledAsync(await _gateway.PostFixtureAsync("issue-labels-changed.json"));
        var labelled = await IssuesAsync();
        await _gateway.HandledAsync(await _gateway.PostFixtureAsync("issue-closed.json"));
        var closed = await IssuesAsync();

        Assert.Empty(unlabelled);
        Assert.Equal(["#1 https://gitlab.example.com/gitlab-org/hello-world/-/issues/1"], labelled);
        Assert.Empty(closed);
    }

    private async Task<string[]> IssuesAsync()
    {
        var grid = await _gateway.GetJsonAsync("/plugins/dashboard/api/grid");
        var row = Assert.Single(grid.GetProperty("rows").EnumerateArray());
        return [.. row.GetProperty("issues").EnumerateArray().Select(i => $"#{i.GetProperty("iid").GetInt64()} {i.GetProperty("url").GetString()}")];
    }
}
