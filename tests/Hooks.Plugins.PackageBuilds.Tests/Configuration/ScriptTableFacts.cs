using Hooks.Plugins.PackageBuilds.Configuration;

namespace Hooks.Plugins.PackageBuilds.Tests.Configuration;

/// <summary><c>scripts</c> keyed by repository, by branch, or by repository then branch, with <c>'*'</c> at each level.</summary>
public sealed class ScriptTableFacts
{
    private static ScriptTable Scripts(string scripts) =>
        BuildConfigReader.Parse("amp.yaml", $"baseurl: https://x\nrepos: [app, lib, docs, web]\nscripts:\n{scripts}").Scripts;

    [Fact]
    public void Keyed_by_repository_with_a_fallback()
    {
        var scripts = Scripts("  app: [make app]\n  '*': [make]\n");

        Assert.Equal(["make app"], scripts.For("app", "anything")!.Scripts);
        Assert.Equal(["make"], scripts.For("lib", "main")!.Scripts);
    }

    [Fact]
    public void Keyed_by_branch_short_or_full_with_a_fallback()
    {
        var scripts = Scripts("  main: [release]\n  refs/heads/develop: [nightly]\n  '*': [check]\n");

        Assert.Equal(["release"], scripts.For("app", "main")!.Scripts);
        Assert.Equal(["nightly"], scripts.For("lib", "develop")!.Scripts);
        Assert.Equal(["check"], scripts.For("lib", "feature/main")!.Scripts);
    }

    [Fact]
    public void Keyed_by_repository_then_branch_with_a_fallback_at_each_level()
    {
        var scripts = Scripts("""
              app:
                main: [app main]
                '*': [app other]
              lib:
                refs/heads/release: [lib release]
              '*':
                main: [any main]
                '*': [any other]

            """);

        Assert.Equal(["app main"], scripts.For("app", "main")!.Scripts);
        Assert.Equal(["app other"], scripts.For("app", "topic")!.Scripts);
        Assert.Equal(["lib release"], scripts.For("lib", "release")!.Scripts);
        Assert.Null(scripts.For("lib", "main")); // a repository's own table is the whole story for it
        Assert.Equal(["any main"], scripts.For("docs", "main")!.Scripts);
        Assert.Equal(["any other"], scripts.For("web", "topic")!.Scripts);
        Assert.Equal("scripts.*.*", scripts.For("web", "topic")!.Key);
    }

    [Fact]
    public void The_full_branch_name_matches_not_its_last_segment()
    {
        var scripts = Scripts("  main: [ship to the test server]\n");

        Assert.Null(scripts.For("app", "feature/main"));
        Assert.NotNull(scripts.For("app", "main"));
    }

    [Fact]
    public void A_repository_s_own_list_wins_over_its_branch_s()
    {
        var scripts = Scripts("  main: [by branch]\n  app: [by repository]\n");

        Assert.Equal(["by repository"], scripts.For("app", "main")!.Scripts);
        Assert.Equal(["by branch"], scripts.For("lib", "main")!.Scripts);
    }
}
