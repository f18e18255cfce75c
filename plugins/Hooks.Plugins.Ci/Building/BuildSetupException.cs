namespace Hooks.Plugins.Ci.Building;

/// <summary>A build could not be set up (a checkout, an image, a container): the <c>setup</c> stage fails with this message.</summary>
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
