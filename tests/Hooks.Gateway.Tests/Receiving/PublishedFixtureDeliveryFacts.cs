using System.Net;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Normalisation;
using Hooks.Gateway.Tests.Normalisation;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Gateway.Tests.Receiving;

/// <summary>
/// Every published example delivery goes through the real HTTP pipeline three times: signed as its forge signs
/// (202, stored byte for byte, normalised field by field), signed with the wrong secret (401) and unsigned (401).
/// </summary>
public sealed class FixtureDeliveryFacts(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    /// <summary>
    /// Values the forge does not send but the normaliser derives, so a correct event has them where the payload has
    /// nothing: GitHub's labels before a (un)label (from the one label named), GitHub's failed step as the job's
    /// failure reason, GitLab's pipeline and job pages (from the project's page) and a job's project (from
    /// <c>repository.homepage</c>), Bitbucket Cloud's clone URL (from the full name) and its repository id where
    /// the uuid is missing (the full name), GitHub's workflow name as a job's stage.
    /// </summary>
    private static readonly HashSet<(string Folder, string Key)> Derived =
    [
        ("github", "labels_before"), ("github", "failure_reason"), ("github", "stage"), ("gitlab", "url"), ("gitlab", "repo_full_name"),
        ("bitbucket-cloud", "repo_clone_url"), ("bitbucket-cloud", "repo_id"),
    ];

    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var fixture in WebhookFixture.All)
        {
            data.Add(fixture.Folder, fixture.File);
        }

        return data;
    }

    [Fact]
    public void Every_fixture_in_the_manifest_has_an_expectation()
    {
        Assert.True(WebhookFixture.All.Count >= 119, $"only {WebhookFixture.All.Count} fixtures found");
        Assert.All(WebhookFixture.All, fixture => ExpectedEvent.For(fixture.Folder, fixture.File));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_signed_correctly_is_accepted_stored_and_normalised_field_by_field(string folder, string file)
    {
        var fixture = WebhookFixture.Get(folder, file);
        var response = await gateway.PostAsync(fixture.Source, fixture.Body, ForgeSigner.Headers(fixture, GatewayFactory.Secret, Signing.Correct));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answer = await Json.ReadAsync(response);
        var id = Guid.Parse(answer.GetProperty("delivery").GetString()!);
        var stored = await gateway.Services.GetRequiredService<IInboxStore>().GetAsync(id, default);
        Assert.NotNull(stored);
        Assert.Equal(fixture.Body, stored.Body);
        Assert.Equal(fixture.EventName, stored.EventName);
        Assert.DoesNotContain(stored.Headers.Keys, name => name.Contains("Signature", StringComparison.OrdinalIgnoreCase) || name.Equals("X-Gitlab-Token", StringComparison.OrdinalIgnoreCase));

        var expected = ExpectedEvent.For(folder, file);
        var events = Normaliser.Normalise(stored);
        Assert.Equal(expected.Count, events.Count);
        var normalised = events[0];
        Assert.Equal(expected.Kind, normalised.GetType().Name);
        Assert.Equal(fixture.Source, normalised.Source);
        Assert.Equal(fixture.Forge, normalised.Forge);
        Assert.Equal(id.ToString(), normalised.DeliveryId);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, normalised.Raw.ValueKind);

        var actual = EventFields.Of(normalised);
        foreach (var (key, want) in expected.Fields)
        {
            if (!actual.TryGetValue(key, out string? got) || Equivalent(key, want, got) || (want == "-" && Derived.Contains((folder, key))))
            {
                continue;
            }

            if (key == "repo_full_name" && want == "-" && expected.Fields.TryGetValue("derived_full_name", out string? derived))
            {
                Assert.Equal(derived, got);
                continue;
            }

            Assert.Fail($"{fixture}: {key} is '{got}', expected '{want}'");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_signed_with_the_wrong_secret_is_refused_with_401_and_not_stored(string folder, string file)
    {
        var fixture = WebhookFixture.Get(folder, file);
        string key = Guid.NewGuid().ToString();
        var response = await gateway.PostAsync(fixture.Source, fixture.Body, ForgeSigner.Headers(fixture, GatewayFactory.Secret, Signing.Wrong, key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("does not match", (await Json.ReadAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Null(await gateway.Services.GetRequiredService<IInboxStore>().GetAsync(DeliveryIds.For(fixture.Source, key), default));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_without_a_signature_is_refused_with_401_and_not_stored(string folder, string file)
    {
        var fixture = WebhookFixture.Get(folder, file);
        string key = Guid.NewGuid().ToString();
        var response = await gateway.PostAsync(fixture.Source, fixture.Body, ForgeSigner.Headers(fixture, GatewayFactory.Secret, Signing.None, key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("missing ", (await Json.ReadAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Null(await gateway.Services.GetRequiredService<IInboxStore>().GetAsync(DeliveryIds.For(fixture.Source, key), default));
    }

    private static bool Equivalent(string key, string want, string got)
    {
        if (want == got || (IsAbsent(want) && IsAbsent(got)))
        {
            return true;
        }

        return key switch
        {
            "labels" or "labels_now" => want == "-" && got == "[]",
            "before" or "after" => want == "-" && got == new string('0', 40),
            "commits" => want == "-" && got == "0",
            "merged" => want == "-" && got == "false",
            "state" => string.Equals(want == "opened" ? "open" : want, got == "opened" ? "open" : got, StringComparison.OrdinalIgnoreCase),
            "updated_at" => DateTimeOffset.TryParse(want.Replace(" UTC", "Z", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, out var w)
                && DateTimeOffset.TryParse(got, System.Globalization.CultureInfo.InvariantCulture, out var g) && w == g,
            _ => false,
        };
    }

    private static bool IsAbsent(string value) => value is "-" or "\"\"";
}
