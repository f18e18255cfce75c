namespace Hooks.Contracts.Platform;

/// <summary>Git could not fetch or check out what a <see cref="CheckoutRequest"/> asked for.</summary>
public class WorkspaceException : Exception
{
    /// <summary>A failure without a message.</summary>
    public WorkspaceException()
    {
    }

    /// <summary>A failure, said in words.</summary>
    public WorkspaceException(string message)
        : base(message)
    {
    }

    /// <summary>A failure, said in words, with its cause.</summary>
    public WorkspaceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
