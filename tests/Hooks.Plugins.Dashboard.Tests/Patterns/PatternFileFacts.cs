using Hooks.Plugins.Dashboard.Patterns;
using Hooks.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Dashboard.Tests.Patterns;

/// <summary>Pattern files of one's own: timeouts, patterns that do not compile, reloading when the file changes.</summary>
public sealed class PatternFileFacts
{
    [Fact]
    public void A_pattern_that_times_out_stops_for_that_log_is_reported_and_the_others_still_classify_it()
    {
        const string Yaml = """
            patterns:
              - {name: catastrophic, kind: normal, regex: '^(a+)+$', timeout_ms: 50}
              - {name: segfault, kind: normal, regex: '(Segmentation fault)'}
            """;
        var patterns = PatternFile.Parse(Yaml, "mine.yaml");
        string log = new string('a', 40) + "!\nSegmentation fault\n";

        var result = Classifier.Classify(log, patterns);

        Assert.Equal([new FoundError("segfault", PatternKind.Normal, "Segmentation fault")], result.Errors);
        string problem = Assert.Single(result.Problems);
        Assert.Contains("'catastrophic' (line 2) timed out after 50 ms", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_that_does_not_compile_is_reported_with_its_line_and_the_others_are_used()
    {
        const string Yaml = """
            # mine
            patterns:
              - {name: segfault, kind: normal, regex: '(Segmentation fault)'}
              - {name: broken, kind: normal, regex: '(unclosed'}
              - {name: odd, kind: sometimes, regex: 'x'}
              - {name: killed, kind: normal, regex: '(Killed: 9)'}
            """;

        var patterns = PatternFile.Parse(Yaml, "mine.yaml");

        Assert.Equal(["segfault", "killed"], patterns.Patterns.Select(p => p.Name));
        Assert.Equal(2, patterns.Problems.Count);
        Assert.StartsWith("mine.yaml line 4: pattern 'broken' does not compile", patterns.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("mine.yaml line 5: pattern 'odd' has kind 'sometimes'", patterns.Problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_patterns_file_is_read_again_when_it_changes()
    {
        using var folder = new TempDirectory("dashboard-patterns");
        string file = Path.Combine(folder.Path, "patterns.yaml");
        File.WriteAllText(file, "patterns:\n  - {name: one, kind: normal, regex: '(one)'}\n");
        var catalog = new PatternCatalog(Options.Create(new DashboardOptions { PatternsFile = file }), NullLogger<PatternCatalog>.Instance);

        var first = catalog.Current;
        File.WriteAllText(file, "patterns:\n  - {name: two, kind: normal, regex: '(two)'}\n  - {name: three, kind: backup, regex: '(three)'}\n");
        var second = catalog.Current;

        Assert.Equal(["one"], first.Patterns.Select(p => p.Name));
        Assert.Equal(["two", "three"], second.Patterns.Select(p => p.Name));
        Assert.Same(second, catalog.Current);
    }

    [Fact]
    public void A_missing_patterns_file_leaves_the_built_in_patterns_and_says_so()
    {
        var catalog = new PatternCatalog(Options.Create(new DashboardOptions { PatternsFile = "/nonexistent/patterns.yaml" }), NullLogger<PatternCatalog>.Instance);

        var current = catalog.Current;

        Assert.Equal(22, current.Patterns.Count);
        Assert.StartsWith("/nonexistent/patterns.yaml: no such file", current.Problems[0], StringComparison.Ordinal);
    }
}
