using System.Net;

namespace Hooks.Contracts.Forges;

/// <summary>A forge answered a call with an error, or a client could not be made; the message never holds a token.</summary>
public sealed class ForgeApiException : Exception
{
    /// <summary>An error without a response (an unknown source, a missing address).</summary>
    public ForgeApiException(string message)
        : base(message)
    {
    }

    /// <summary>An error answer: which call, the status and the forge's own words.</summary>
    public ForgeApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An error answer: which call, the status and the forge's own words.</summary>
    public ForgeApiException(HttpStatusCode status, string method, string path, string message)
        : base(message)
    {
        Status = status;
        Method = method;
        Path = path;
    }

    /// <summary>An error without a response.</summary>
    public ForgeApiException()
    {
    }

    /// <summary>The status the forge answered with, or null when there was no answer.</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>The call's method.</summary>
    public string? Method { get; }

    /// <summary>The call's path (never its query, which may be long).</summary>
    public string? Path { get; }
}
