namespace Hooks.Plugins.PackageBuilds.Configuration;

/// <summary>The configuration read at start, shared by the plugin's services.</summary>
public sealed class BuildSettings(BuildConfig config, PackageBuildsOptions options)
{
    public BuildConfig Config { get; } = config;

    public PackageBuildsOptions Options { get; } = options;
}
