namespace Hooks.Plugins.PackageBuilds.Building;

/// <summary>A build could not be set up (a branch gone, scripts no longer configured): it fails with this message.</summary>
public sealed class BuildSetupException : Exception
{
    public BuildSetupException()
    {
    }

    public BuildSetupException(string message)
        : base(message)
    {
    }

    public BuildSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
