namespace Hooks.Gateway.Cli;

/// <summary>A call that failed: the gateway's own message (or why it could not be reached), printed, exit code 1.</summary>
public sealed class CliFailedException : Exception
{
    public CliFailedException()
    {
    }

    public CliFailedException(string message)
        : base(message)
    {
    }

    public CliFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
