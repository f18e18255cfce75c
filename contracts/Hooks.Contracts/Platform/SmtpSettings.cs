using System.Text;

namespace Hooks.Contracts.Platform;

/// <summary>An SMTP server to send through. The password never shows in <see cref="ToString"/>.</summary>
/// <param name="Host">The server's host name.</param>
/// <param name="Port">Its port (25, 587 with STARTTLS, 465 with TLS from the start).</param>
public sealed record SmtpSettings(string Host, int Port = 25)
{
    /// <summary>How the connection is secured (default: STARTTLS when the server offers it).</summary>
    public SmtpTls Tls { get; init; } = SmtpTls.Auto;

    /// <summary>The login, or null to send without authenticating.</summary>
    public string? UserName { get; init; }

    /// <summary>The password for <see cref="UserName"/>.</summary>
    public string? Password { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Host = {Host}, Port = {Port}, Tls = {Tls}, UserName = {UserName}, Password = {(Password is null ? "" : "***")}");
        return true;
    }
}
