using Hooks.Contracts.Platform;
using Hooks.Gateway.Mail;
using Hooks.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hooks.Gateway.Tests.Mail;

/// <summary>Mail goes out through a real SMTP conversation; a server that cannot be reached is a clear error.</summary>
public sealed class MailKitSenderFacts : IAsyncLifetime
{
    private readonly SmtpSink _smtp = new();
    private readonly MailKitSender _sender = new(NullLogger<MailKitSender>.Instance);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    [Fact]
    public async Task A_mail_arrives_with_its_sender_recipients_subject_and_text()
    {
        await _sender.SendAsync(
            new SmtpSettings("127.0.0.1", _smtp.Port) { Tls = SmtpTls.None },
            new OutgoingMail("Hooks <hooks@example.org>", ["dev@example.org", "lead@example.org"], "AMP build failed for amppd/abc", "exit code 2\nlast lines"),
            default);

        var mail = Assert.Single(await _smtp.WaitForAsync());
        Assert.Equal("AMP build failed for amppd/abc", mail.Subject);
        Assert.Equal("hooks@example.org", mail.From.Mailboxes.Single().Address);
        Assert.Equal(["dev@example.org", "lead@example.org"], mail.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("exit code 2\nlast lines", mail.TextBody!.ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_a_clear_error()
    {
        await _smtp.DisposeAsync();

        var error = await Assert.ThrowsAsync<MailNotSentException>(() => _sender.SendAsync(
            new SmtpSettings("127.0.0.1", _smtp.Port) { Tls = SmtpTls.None },
            new OutgoingMail("hooks@example.org", ["dev@example.org"], "subject", "text"),
            default));
        Assert.Contains($"127.0.0.1:{_smtp.Port}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_password_never_prints()
    {
        var settings = new SmtpSettings("smtp.example.org", 587) { UserName = "hooks", Password = "hunter2" };

        Assert.DoesNotContain("hunter2", settings.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", settings.ToString(), StringComparison.Ordinal);
    }
}
