namespace Hooks.Contracts.Platform;

/// <summary>Sends e-mail through an SMTP server the plugin names (a build's failure mail, say).</summary>
public interface IMailSender
{
    /// <summary>Sends <paramref name="mail"/> through <paramref name="server"/>.</summary>
    /// <exception cref="MailNotSentException">The server could not be reached, refused the login or the mail.</exception>
    Task SendAsync(SmtpSettings server, OutgoingMail mail, CancellationToken cancellationToken);
}
