using Hooks.Gateway.Ops.Reference;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Ops;

/// <summary>The README's configuration reference and deploy/.env.example say what the options classes say.</summary>
public sealed class ConfigurationReferenceFacts
{
    private const string Start = "<!-- configuration-reference:start -->\n";
    private const string End = "<!-- configuration-reference:end -->";
    private const string EnvironmentMarker = "# Every setting of the gateway with its default (generated: hooks config reference --env).\n";

    [Fact]
    public void The_readme_lists_every_key_with_the_default_the_code_has()
    {
        string readme = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "README.md"));
        int start = readme.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        string documented = readme[start..readme.IndexOf(End, start, StringComparison.Ordinal)];

        Assert.Equal(ConfigurationReference.Markdown(), documented);
    }

    [Fact]
    public void The_compose_environment_example_lists_every_key_with_its_default()
    {
        string example = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "deploy", ".env.example"));
        string generated = example[(example.IndexOf(EnvironmentMarker, StringComparison.Ordinal) + EnvironmentMarker.Length)..];

        Assert.Equal(ConfigurationReference.Environment(), generated);
    }

    [Fact]
    public void Every_key_says_what_it_means()
    {
        var undocumented = ConfigurationReference.All().Where(setting => setting.Meaning.Length == 0).Select(setting => setting.Key).ToList();

        Assert.Empty(undocumented);
        Assert.Contains(ConfigurationReference.All(), s => s is { Key: "Hooks:Dispatch:LaneWorkers", Default: "4" });
        Assert.Contains(ConfigurationReference.All(), s => s is { Key: "Hooks:Jobs:InvisibilityTimeout", Default: "00:02:00" });
        Assert.Contains(ConfigurationReference.All(), s => s is { Key: "Hooks:Dispatch:Workers", Default: "2 per core, at least 2" });
    }
}
