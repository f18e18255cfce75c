namespace Hooks.Plugins.PackageBuilds.Queueing;

/// <summary>A manual build that cannot be started: an unknown repository or branch, or one without scripts.</summary>
public sealed class BuildRequestException : Exception
{
    public BuildRequestException()
    {
    }

    public BuildRequestException(string message)
        : base(message)
    {
    }

    public BuildRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
