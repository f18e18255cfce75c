using Hooks.Plugins.Dashboard.Patterns;

namespace Hooks.Plugins.Dashboard.Tests.Patterns;

/// <summary>The original's 22 patterns, shipped as the plugin's default, each on a log written to exercise it.</summary>
public sealed class DefaultPatternFacts
{
    private static readonly PatternSet Defaults = PatternCatalog.BuiltIn();

    [Fact]
    public void The_built_in_file_holds_the_original_22_patterns_and_they_all_compile()
    {
        Assert.Empty(Defaults.Problems);
        Assert.Equal(22, Defaults.Patterns.Count);
        Assert.Equal(19, Defaults.OfKind(PatternKind.Normal).Count());
        Assert.Equal(["command-failed", "julia-generic"], Defaults.OfKind(PatternKind.Backup).Select(p => p.Name));
        Assert.Equal(["pkg-errored"], Defaults.OfKind(PatternKind.Ignore).Select(p => p.Name));
    }

    [Fact]
    public void Every_normal_and_backup_pattern_has_a_log_here_and_the_ignore_pattern_its_own_fact()
    {
        var covered = Logs.PerPattern.Select(row => (string)row[0]).ToHashSet();

        Assert.Equal(Defaults.Patterns.Where(p => p.Kind != PatternKind.Ignore).Select(p => p.Name).ToHashSet(), covered);
    }

    [Theory]
    [MemberData(nameof(Logs.PerPattern), MemberType = typeof(Logs))]
    public void Each_pattern_captures_its_first_group_from_its_log(string pattern, string log, string captured)
    {
        var result = Classifier.Classify(log, Defaults);

        var kind = Defaults.Patterns.Single(p => p.Name == pattern).Kind;
        Assert.Contains(new FoundError(pattern, kind, captured), result.Errors);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Backup_errors_are_shown_only_when_the_job_has_no_normal_error()
    {
        const string Both = "ERROR: LoadError: UndefVarError: foo not defined\nStacktrace:\n [1] top-level\n";
        const string BackupOnly = "Command \"make\" failed with exit status 2\n";

        var both = Classifier.Classify(Both, Defaults);
        var backupOnly = Classifier.Classify(BackupOnly, Defaults);

        Assert.Equal(
            [new FoundError("undefvar", PatternKind.Normal, "UndefVarError: foo not defined"), new FoundError("julia-generic", PatternKind.Backup, "UndefVarError: foo not defined")],
            both.Errors);
        Assert.Equal([new FoundError("undefvar", PatternKind.Normal, "UndefVarError: foo not defined")], Classifier.Shown(both.Errors));
        Assert.Equal([new FoundError("command-failed", PatternKind.Backup, "Command \"make\" failed with exit status 2")], Classifier.Shown(backupOnly.Errors));
    }

    [Fact]
    public void A_match_whose_text_an_ignore_pattern_finds_is_dropped()
    {
        const string Log = "ERROR: Package Foo errored during testing\nStacktrace:\n [1] pkgerror\n";

        var withIgnore = Classifier.Classify(Log, Defaults);
        var withoutIgnore = Classifier.Classify(Log, Defaults with { Patterns = [.. Defaults.Patterns.Where(p => p.Kind != PatternKind.Ignore)] });

        Assert.Empty(withIgnore.Errors);
        Assert.Equal([new FoundError("julia-generic", PatternKind.Backup, "Package Foo errored during testing")], withoutIgnore.Errors);
    }

    [Fact]
    public void Ansi_colour_codes_are_removed_before_matching()
    {
        string log = $"{Logs.Esc}[91m{Logs.Esc}[1mERROR: {Logs.Esc}[22m{Logs.Esc}[39mRequested Foo from registry has different version in metadata: '1.2.3'\n";
        var pattern = Defaults.Patterns.Single(p => p.Name == "metadata-version");

        var result = Classifier.Classify(log, Defaults);

        Assert.DoesNotMatch(pattern.Regex, log);
        Assert.Equal("Requested Foo from registry has different version in metadata: '1.2.3'", Assert.Single(result.Errors).Text);
        Assert.DoesNotContain(result.Errors, e => e.Text.Contains('\u001b', StringComparison.Ordinal));
    }

    [Fact]
    public void Every_match_is_kept_once_per_text()
    {
        const string Log = "Segmentation fault\nretrying\nSegmentation fault\nUndefVarError: a not defined\nUndefVarError: b not defined\n";

        var result = Classifier.Classify(Log, Defaults);

        Assert.Equal(["Segmentation fault", "UndefVarError: a not defined", "UndefVarError: b not defined"], result.Errors.Select(e => e.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_log_without_a_known_error_yields_none()
    {
        var result = Classifier.Classify("$ make\nall good\nJob succeeded\n", Defaults);

        Assert.Empty(result.Errors);
        Assert.Null(result.Dependencies);
    }

    [Fact]
    public void The_julia_dependency_list_is_read_sorted_by_name_with_ansi_codes_removed()
    {
        var result = Classifier.Classify(Logs.WithDependencies("v1.2.0", "v0.3.1"), Defaults);

        Assert.Equal([new Dependency("a1b2c3d4", "Bar", "v0.3.1"), new Dependency("7876af07", "Foo", "v1.2.0")], result.Dependencies);
    }
}
