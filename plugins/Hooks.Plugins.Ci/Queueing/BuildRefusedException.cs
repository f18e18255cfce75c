namespace Hooks.Plugins.Ci.Queueing;

/// <summary>A build that will not be queued (a branch not listed, <c>[skip ci]</c>, no <c>ocelot.yml</c>): the message says why.</summary>
public sealed class BuildRefusedException : Exception
{
    public BuildRefusedException()
    {
    }

    public BuildRefusedException(string message)
        : base(message)
    {
    }

    public BuildRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
