namespace Hooks.Plugins.PackageBuilds.Storage;

/// <summary>What started a build.</summary>
public enum BuildTrigger
{
    /// <summary>A push to the repository.</summary>
    Push,

    /// <summary>A push to the bootstrap repository, which rebuilds every repository.</summary>
    Bootstrap,

    /// <summary>Someone asked, over the API or the command line.</summary>
    Manual,
}
