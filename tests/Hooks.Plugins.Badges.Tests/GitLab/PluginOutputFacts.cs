using Hooks.Testing;

namespace Hooks.Plugins.Badges.Tests.GitLab;

/// <summary>The plugin calls GitLab through the gateway's client: it ships no HTTP stack of its own.</summary>
public sealed class PluginOutputFacts
{
    /// <summary>The deps file lists what the build puts beside the plugin (a stale DLL of an older build would not count).</summary>
    [Fact]
    public void The_plugin_depends_on_no_resilience_or_http_client_package()
    {
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        string deps = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "plugins", "Hooks.Plugins.Badges", "bin", configuration, "net10.0", "Hooks.Plugins.Badges.deps.json"));

        Assert.Contains("Hooks.Plugins.Badges", deps, StringComparison.Ordinal);
        Assert.DoesNotContain("Polly", deps, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.Extensions.Http", deps, StringComparison.Ordinal);
    }
}
