using Hooks.Plugins.PackageBuilds.Tests.Support;

namespace Hooks.Plugins.PackageBuilds.Tests.Flow;

/// <summary>The first script that fails stops the build; the pusher hears of it by mail, and a chat hears of it too.</summary>
public sealed class FailureFacts : IDisposable
{
    private readonly BuildsGateway _gateway = new();
    private readonly WireMock.Server.WireMockServer _chat = WireMock.Server.WireMockServer.Start();

    public FailureFacts()
    {
        _chat.Given(WireMock.RequestBuilders.Request.Create().WithPath("/hooks/chat").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200));
        _gateway.Settings["Hooks:Plugins:package-builds:SmtpPassword"] = "smtp-secret";
        _gateway.Configure($$"""
            baseurl: {baseurl}
            repos: [amppd]
            scripts:
              amppd:
                - echo compiling {repository} at {commit_id}; echo something broke >&2; exit 3
                - touch {out}/never
            keepFailedFor: 0
            notify:
              smtp: {host: 127.0.0.1, port: {{_gateway.Smtp.Port}}, from: AMP CI <ci@example.org>, tls: none}
              chat: {url: {{_chat.Url}}/hooks/chat}
            """);
        _gateway.Repository("amp_bootstrap").Commit("README.md", "bootstrap");
    }

    [Fact]
    public async Task A_failing_script_stops_the_build_and_the_pusher_gets_the_mail_with_the_end_of_the_log()
    {
        string pushed = _gateway.Repository("amppd").Commit("README.md", "v1");

        await _gateway.PushAsync("amppd", "main", pushed, email: "pusher@example.org");
        var build = (await _gateway.WaitForBuildsAsync(b => b.Length == 1 && BuildsGateway.Over(b[0]), "the build to end"))[0];
        var mail = Assert.Single(await _gateway.Smtp.WaitForAsync());

        Assert.Equal("failed", build.Status);
        Assert.Equal(3, build.ExitCode);
        Assert.StartsWith("echo compiling", build.Reason, StringComparison.Ordinal);
        Assert.EndsWith("exited with 3", build.Reason, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_gateway.Outputs, "never")));
        Assert.Equal($"AMP build failed for amppd/{pushed}", mail.Subject);
        Assert.Equal("pusher@example.org", mail.To.Mailboxes.Single().Address);
        Assert.Equal("ci@example.org", mail.From.Mailboxes.Single().Address);
        Assert.Contains($"compiling amppd at {pushed}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("something broke", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("rc of 3", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://hooks.test/plugins/package-builds/builds/{build.Id:D}", mail.TextBody, StringComparison.Ordinal);
        var posted = await Hooks.Testing.Eventually.Get(() => Task.FromResult(_chat.LogEntries.ToList()), e => e.Count == 1, "the chat post");
        Assert.Contains($"AMP build failed for amppd/{pushed}", posted[0].RequestMessage.Body, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _gateway.Dispose();
        _chat.Dispose();
    }
}
