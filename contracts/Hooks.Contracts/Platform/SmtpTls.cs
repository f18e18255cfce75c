namespace Hooks.Contracts.Platform;

/// <summary>How an SMTP connection is secured.</summary>
public enum SmtpTls
{
    /// <summary>STARTTLS when the server offers it, plain otherwise.</summary>
    Auto,

    /// <summary>Never encrypted (a relay on the same machine or network).</summary>
    None,

    /// <summary>STARTTLS, required.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    Implicit,
}
