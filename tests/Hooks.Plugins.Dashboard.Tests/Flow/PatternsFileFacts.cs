using Hooks.Plugins.Dashboard.Tests.Support;
using Hooks.Testing;

namespace Hooks.Plugins.Dashboard.Tests.Flow;

/// <summary>A pattern file of one's own through the gateway: its patterns classify, and what does not compile shows on the page and in the API.</summary>
public sealed class PatternsFileFacts : IDisposable
{
    private readonly TempDirectory _folder = new("dashboard-patterns");
    private readonly DashboardGateway _gateway = new();
    private readonly FakeProject _project = new(801, "gitlab-org/own-patterns");

    public PatternsFileFacts()
    {
        string file = Path.Combine(_folder.Path, "patterns.yaml");
        File.WriteAllText(file, """
            patterns:
              - {name: flaky-network, kind: normal, regex: 'curl: \((\d+)\) Could not resolve host'}
              - {name: broken, kind: normal, regex: '(unclosed'}
            """);
        _gateway.Settings["Hooks:Plugins:dashboard:PatternsFile"] = file;
        _gateway.GitLab.Projects.Add(_project);
    }

    public void Dispose()
    {
        _gateway.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_configured_patterns_classify_and_a_pattern_that_does_not_compile_is_reported_with_its_line()
    {
        var job = new FakeJob(9901, "deploy", "failed", "curl: (6) Could not resolve host: mirror.example\nSegmentation fault\n");
        _project.Pipelines.Add(new FakePipeline(7901, "failed", DashboardGateway.NightlyUser, "schedule", Nights.Ago(0), [job]));

        await _gateway.HandledAsync(await _gateway.PostHookAsync("Pipeline Hook", GitLabHooks.Pipeline(_project, 7901, "failed", DashboardGateway.NightlyUser, "schedule", Nights.Ago(0), job)));

        var details = await _gateway.GetJsonAsync("/plugins/dashboard/api/jobs/9901");
        Assert.Equal(["6"], details.GetProperty("shown").EnumerateArray().Select(e => e.GetProperty("text").GetString()!));
        var grid = await _gateway.GetJsonAsync("/plugins/dashboard/api/grid");
        string problem = Assert.Single(grid.GetProperty("patternProblems").EnumerateArray()).GetString()!;
        Assert.Contains("line 3: pattern 'broken' does not compile", problem, StringComparison.Ordinal);
        using var client = _gateway.CreateClient();
        Assert.Contains("line 3: pattern &#39;broken&#39; does not compile", await client.GetStringAsync("/plugins/dashboard/"), StringComparison.Ordinal);
    }
}
