using System.Net;
using System.Text;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Gateway.Tests.Receiving;

public sealed class ReceiveEndpointFacts(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    private static readonly WebhookFixture GitHubPush = WebhookFixture.Get("github", "push-branch.json");

    [Fact]
    public async Task Unknown_source_returns_404_naming_it()
    {
        var response = await gateway.PostAsync("nowhere", GitHubPush.Body, ForgeSigner.Headers(GitHubPush, GatewayFactory.Secret, Signing.Correct));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("unknown source 'nowhere'", (await Json.ReadAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Source_names_are_case_insensitive()
    {
        var response = await gateway.PostAsync("GitHub", GitHubPush.Body, ForgeSigner.Headers(GitHubPush, GatewayFactory.Secret, Signing.Correct));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Redelivery_with_the_same_delivery_id_is_answered_202_flagged_duplicate_and_stored_once()
    {
        string key = Guid.NewGuid().ToString();
        var headers = ForgeSigner.Headers(GitHubPush, GatewayFactory.Secret, Signing.Correct, key);
        var store = gateway.Services.GetRequiredService<IInboxStore>();

        var first = await Json.ReadAsync(await gateway.PostAsync("github", GitHubPush.Body, headers));
        long countAfterFirst = await store.CountAsync(default);
        var second = await gateway.PostAsync("github", GitHubPush.Body, headers);
        var secondAnswer = await Json.ReadAsync(second);

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.False(first.TryGetProperty("duplicate", out _));
        Assert.True(secondAnswer.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.GetProperty("delivery").GetString(), secondAnswer.GetProperty("delivery").GetString());
        Assert.Equal(countAfterFirst, await store.CountAsync(default));
    }

    [Fact]
    public async Task Concurrent_redeliveries_are_stored_once()
    {
        string key = Guid.NewGuid().ToString();
        var headers = ForgeSigner.Headers(GitHubPush, GatewayFactory.Secret, Signing.Correct, key);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ => await Json.ReadAsync(await gateway.PostAsync("github", GitHubPush.Body, headers))));

        Assert.Single(answers, answer => !answer.TryGetProperty("duplicate", out _));
        Assert.Single(answers.Select(answer => answer.GetProperty("delivery").GetString()).Distinct());
    }

    [Fact]
    public async Task Missing_event_header_returns_400()
    {
        var headers = ForgeSigner.Headers(GitHubPush, GatewayFactory.Secret, Signing.Correct);
        headers.Remove("X-GitHub-Event");

        var response = await gateway.PostAsync("github", GitHubPush.Body, headers);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("missing event header", (await Json.ReadAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_that_is_not_json_returns_400_even_when_signed()
    {
        byte[] body = Encoding.UTF8.GetBytes("this is not { json");
        var headers = new Dictionary<string, string>
        {
            ["X-GitHub-Event"] = "push",
            ["X-GitHub-Delivery"] = Guid.NewGuid().ToString(),
            ["X-Hub-Signature-256"] = "sha256=" + ForgeSigner.HexHmac(GatewayFactory.Secret, body),
        };

        var response = await gateway.PostAsync("github", body, headers);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a JSON object", (await Json.ReadAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitHub_form_encoded_delivery_is_verified_over_the_form_and_stored_as_its_json_payload()
    {
        string json = Encoding.UTF8.GetString(GitHubPush.Body);
        byte[] form = Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(json));
        var headers = new Dictionary<string, string>
        {
            ["X-GitHub-Event"] = "push",
            ["X-GitHub-Delivery"] = Guid.NewGuid().ToString(),
            ["X-Hub-Signature-256"] = "sha256=" + ForgeSigner.HexHmac(GatewayFactory.Secret, form),
        };

        var response = await gateway.PostAsync("github", form, headers, "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = Guid.Parse((await Json.ReadAsync(response)).GetProperty("delivery").GetString()!);
        var stored = await gateway.Services.GetRequiredService<IInboxStore>().GetAsync(id, default);
        Assert.Equal(json, Encoding.UTF8.GetString(stored!.Body));
    }

    [Fact]
    public async Task Source_without_a_secret_rejects_even_a_signed_delivery()
    {
        var response = await gateway.PostAsync("nosecret", GitHubPush.Body, ForgeSigner.Headers(GitHubPush, GatewayFactory.Secret, Signing.Correct));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("has no secret configured", (await Json.ReadAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_that_allows_unsigned_accepts_an_unsigned_delivery()
    {
        var response = await gateway.PostAsync("open", GitHubPush.Body, ForgeSigner.Headers(GitHubPush, GatewayFactory.Secret, Signing.None));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Bitbucket_server_diagnostics_ping_is_answered_unsigned_and_not_stored()
    {
        var store = gateway.Services.GetRequiredService<IInboxStore>();
        var headers = new Dictionary<string, string> { ["X-Event-Key"] = "diagnostics:ping", ["X-Request-Id"] = Guid.NewGuid().ToString() };

        var response = await gateway.PostAsync("bitbucket-server", "{\"test\": true}"u8.ToArray(), headers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await store.GetAsync(DeliveryIds.For("bitbucket-server", headers["X-Request-Id"]), default));
    }

    [Fact]
    public async Task GitLab_delivery_signed_with_the_signing_token_is_accepted()
    {
        var fixture = WebhookFixture.Get("gitlab", "push-branch.json");
        string id = "msg_" + Guid.NewGuid().ToString("N");
        var headers = ForgeSigner.StandardWebhookHeaders(GatewayFactory.SigningToken, id, DateTimeOffset.UtcNow, fixture.Body);
        headers["X-Gitlab-Event"] = "Push Hook";

        var response = await gateway.PostAsync("gitlab-signed", fixture.Body, headers);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        string delivery = (await Json.ReadAsync(response)).GetProperty("delivery").GetString()!;
        Assert.Equal(DeliveryIds.For("gitlab-signed", id).ToString(), delivery);
    }

    [Fact]
    public async Task GitLab_signature_older_than_five_minutes_is_refused()
    {
        var fixture = WebhookFixture.Get("gitlab", "push-branch.json");
        var headers = ForgeSigner.StandardWebhookHeaders(GatewayFactory.SigningToken, "msg_old", DateTimeOffset.UtcNow.AddMinutes(-6), fixture.Body);
        headers["X-Gitlab-Event"] = "Push Hook";

        var response = await gateway.PostAsync("gitlab-signed", fixture.Body, headers);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("more than 5 minutes", (await Json.ReadAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitLab_signature_over_another_body_is_refused()
    {
        var fixture = WebhookFixture.Get("gitlab", "push-branch.json");
        var headers = ForgeSigner.StandardWebhookHeaders(GatewayFactory.SigningToken, "msg_1", DateTimeOffset.UtcNow, "{}"u8.ToArray());
        headers["X-Gitlab-Event"] = "Push Hook";

        var response = await gateway.PostAsync("gitlab-signed", fixture.Body, headers);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GitLab_deliveries_that_share_an_event_uuid_but_not_an_idempotency_key_are_both_stored()
    {
        var fixture = WebhookFixture.Get("gitlab", "push-branch.json");
        var first = ForgeSigner.Headers(fixture, GatewayFactory.Secret, Signing.Correct);
        var second = ForgeSigner.Headers(fixture, GatewayFactory.Secret, Signing.Correct);
        second["X-Gitlab-Event-UUID"] = first["X-Gitlab-Event-UUID"];

        var answers = new[] { await gateway.PostAsync("gitlab", fixture.Body, first), await gateway.PostAsync("gitlab", fixture.Body, second) };

        var ids = await Task.WhenAll(answers.Select(async a => (await Json.ReadAsync(a)).GetProperty("delivery").GetString()));
        Assert.NotEqual(ids[0], ids[1]);
    }
}
