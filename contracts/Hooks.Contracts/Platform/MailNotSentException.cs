namespace Hooks.Contracts.Platform;

/// <summary>An e-mail could not be sent; the message says why (never with the password).</summary>
public sealed class MailNotSentException : Exception
{
    /// <summary>A failure without a message.</summary>
    public MailNotSentException()
    {
    }

    /// <summary>A failure, said in words.</summary>
    public MailNotSentException(string message)
        : base(message)
    {
    }

    /// <summary>A failure, said in words, with its cause.</summary>
    public MailNotSentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
