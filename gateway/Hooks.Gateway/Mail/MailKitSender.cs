using Hooks.Contracts.Platform;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Hooks.Gateway.Mail;

/// <summary>Sends plugins' mail with MailKit, one connection per mail (failure mail is rare; a pool would idle).</summary>
public sealed partial class MailKitSender(ILogger<MailKitSender> logger) : IMailSender
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(SmtpSettings server, OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(mail);
        var message = Compose(mail);
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(server.Host, server.Port, SecureOptions(server.Tls), cancellationToken);
            if (server.UserName is { Length: > 0 } user)
            {
                await client.AuthenticateAsync(user, server.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception error) when (error is IOException or ProtocolException or CommandException or AuthenticationException or SslHandshakeException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new MailNotSentException($"mail '{mail.Subject}' not sent through {server.Host}:{server.Port}: {error.Message}", error);
        }

        Log.Sent(logger, mail.Subject, mail.To.Count, server.Host);
    }

    private static MimeMessage Compose(OutgoingMail mail)
    {
        if (mail.To.Count == 0)
        {
            throw new MailNotSentException($"mail '{mail.Subject}' has no recipient");
        }

        var message = new MimeMessage();
        message.From.Add(Address(mail.From));
        foreach (string to in mail.To)
        {
            message.To.Add(Address(to));
        }

        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }

    private static MailboxAddress Address(string text) => MailboxAddress.TryParse(text, out var address)
        ? address
        : throw new MailNotSentException($"'{text}' is not an e-mail address");

    private static SecureSocketOptions SecureOptions(SmtpTls tls) => tls switch
    {
        SmtpTls.None => SecureSocketOptions.None,
        SmtpTls.StartTls => SecureSocketOptions.StartTls,
        SmtpTls.Implicit => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Sent mail '{Subject}' to {Recipients} recipients through {Host}")]
        public static partial void Sent(ILogger logger, string subject, int recipients, string host);
    }
}
