using Hooks.Plugins.Dashboard.Ingest;
using Hooks.Plugins.Dashboard.Storage;
using Hooks.Plugins.Dashboard.View;

namespace Hooks.Plugins.Dashboard.Tests.View;

public sealed class GridBuilderFacts
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Projects_failing_on_the_latest_day_come_first_ties_broken_by_the_day_before_then_by_path()
    {
        var pipelines = new List<StoredPipeline>
        {
            Pipeline("g/a", 1, "success", 0), Pipeline("g/a", 2, "failed", 1),
            Pipeline("g/b", 3, "failed", 0), Pipeline("g/b", 4, "success", 1),
            Pipeline("g/c", 5, "failed", 0), Pipeline("g/c", 6, "failed", 1),
            Pipeline("g/d", 7, "success", 0), Pipeline("g/d", 8, "success", 1),
            Pipeline("g/e", 9, "running", 0), Pipeline("g/e", 10, "failed", 2),
        };

        var grid = GridBuilder.Build(Snapshot(pipelines, []), GridQuery.Default, "UTC", []);

        Assert.Equal(["g/c", "g/b", "g/a", "g/e", "g/d"], grid.Rows.Select(r => r.Project));
        Assert.Equal(30, grid.Days.Count);
        Assert.Equal(new DateOnly(2026, 11, 30), grid.Days[^1]);
    }

    [Fact]
    public void Status_filter_and_search_choose_the_jobs_and_the_errors_shown()
    {
        var pipeline = Pipeline("g/a", 1, "failed", 0);
        StoredJob[] jobs =
        [
            Job(11, "Julia 1.10", "failed", false, """[{"pattern":"undefvar","kind":"normal","text":"UndefVarError: x not defined"},{"pattern":"julia-generic","kind":"backup","text":"UndefVarError: x not defined"}]"""),
            Job(12, "Julia nightly", "failed", true, """[{"pattern":"segfault","kind":"normal","text":"Segmentation fault"},{"pattern":"sigterm","kind":"normal","text":"signal (15)"}]"""),
            Job(13, "Docs", "success", false, null),
            Job(14, "Lint", "failed", false, "[]"),
        ];

        var failedOnly = Jobs(GridBuilder.Build(Snapshot([pipeline], jobs), GridQuery.Default, "UTC", []));
        var everything = Jobs(GridBuilder.Build(Snapshot([pipeline], jobs), GridQuery.Default with { Jobs = new HashSet<string> { "failed", "allowed", "passed", "other" } }, "UTC", []));
        var searched = Jobs(GridBuilder.Build(Snapshot([pipeline], jobs), GridQuery.Default with { Jobs = new HashSet<string> { "failed", "allowed" }, Search = "SIGNAL" }, "UTC", []));
        var byName = Jobs(GridBuilder.Build(Snapshot([pipeline], jobs), GridQuery.Default with { Search = "lint" }, "UTC", []));

        Assert.Equal(["Julia 1.10", "Lint"], failedOnly.Select(j => j.Name));
        Assert.Equal(["UndefVarError: x not defined"], failedOnly[0].Errors.Select(e => e.Text));
        Assert.Equal("Normal", failedOnly[0].Errors[0].Kind.ToString());
        Assert.False(failedOnly[0].Unmatched);
        Assert.True(failedOnly[1].Unmatched);
        Assert.Equal(["Docs", "Julia 1.10", "Julia nightly", "Lint"], everything.Select(j => j.Name));
        Assert.Equal(["passed", "failed", "allowed", "failed"], everything.Select(j => j.Group));
        Assert.Equal(["signal (15)"], Assert.Single(searched).Errors.Select(e => e.Text));
        Assert.Equal("Lint", Assert.Single(byName).Name);
    }

    [Fact]
    public void Filters_round_trip_through_the_query_string_with_defaults_left_out()
    {
        var query = GridQuery.From(new Microsoft.AspNetCore.Http.QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["projects"] = "g/b,g/a", ["search"] = " UndefVar ", ["jobs"] = "failed,passed,bogus", ["show"] = "names,errors", ["job"] = "42",
        }));

        Assert.Equal("?projects=g%2Fa%2Cg%2Fb&search=UndefVar&jobs=failed,passed&job=42", query.ToQueryString());
        Assert.Equal("", GridQuery.Default.ToQueryString());
    }

    private static List<JobCell> Jobs(GridView grid) => [.. grid.Rows.Single().Days[^1].Pipelines.Single().Jobs];

    private static Snapshot Snapshot(List<StoredPipeline> pipelines, StoredJob[] jobs) =>
        new(NightDaysFacts.Nights("UTC", Now), [.. Enumerable.Range(0, 30).Select(i => new DateOnly(2026, 11, 1).AddDays(i))], pipelines,
            jobs.ToLookup(j => (j.Source, j.PipelineId)), new Dictionary<(string, string), StoredProject>(), 1);

    private static StoredPipeline Pipeline(string project, long id, string status, int daysAgo) => new()
    {
        Source = "gitlab", ProjectPath = project, PipelineId = id, Status = status, CreatedMs = Millis.Of(Now.AddDays(-daysAgo).AddHours(-10)),
    };

    private static StoredJob Job(long id, string name, string status, bool allowFailure, string? errors) => new()
    {
        Source = "gitlab", ProjectPath = "g/a", JobId = id, PipelineId = 1, Name = name, Status = status, AllowFailure = allowFailure,
        Errors = errors, Log = errors is null ? LogState.NotAsked : LogState.Classified,
    };
}
