using Hooks.Gateway.Plugins;
using Hooks.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hooks.Gateway.Tests.Plugins;

/// <summary>Hangfire resolves a plugin job's type to the plugin as the running gateway loaded it.</summary>
public sealed class PluginTypeResolverFacts
{
    private const string FollowUpJob = "Hooks.Fixtures.Recorder.Jobs.FollowUpJob, Hooks.Fixtures.Recorder";

    [Fact]
    public void A_plugin_loaded_again_from_another_folder_resolves_to_its_latest_load()
    {
        using var first = FixturePlugins.CopyTo(new TempDirectory("hooks-resolver-a"), "Hooks.Fixtures.Recorder");
        using var second = FixturePlugins.CopyTo(new TempDirectory("hooks-resolver-b"), "Hooks.Fixtures.Recorder");

        var older = Assert.Single(PluginFolderLoader.LoadAll(first.Path, NullLogger.Instance));
        var latest = Assert.Single(PluginFolderLoader.LoadAll(second.Path, NullLogger.Instance));

        Assert.NotSame(older.Assembly, latest.Assembly);
        Assert.Same(latest.Assembly, PluginTypeResolver.Resolve(FollowUpJob).Assembly);
    }
}
