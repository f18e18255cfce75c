using Hooks.Gateway.Tests.Normalisation;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Receiving;

/// <summary>
/// The conformance suite: other projects' published deliveries (<c>../shared/fixtures/webhooks</c>, optional) go through
/// the real HTTP pipeline three times, signed right (202, stored byte for byte, normalised field by field against
/// <c>expected-published-events.tsv</c>), signed with the wrong secret (401) and unsigned (401). Without the folder every
/// test here reports itself skipped, with the reason.
/// </summary>
public sealed class PublishedFixtureDeliveryFacts(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    /// <summary>The one row the theories get when the corpus is not there, so that their skip shows in the totals.</summary>
    private const string Absent = "(absent)";

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

    private static WebhookCorpus Corpus => WebhookCorpus.Published;

    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var fixture in Corpus.Fixtures)
        {
            data.Add(fixture.Folder, fixture.File);
        }

        if (data.Count == 0)
        {
            data.Add(Absent, Absent);
        }

        return data;
    }

    [SkippableFact]
    public void Every_fixture_in_the_manifest_has_an_expectation()
    {
        Skip.IfNot(Corpus.Exists, Corpus.AbsenceReason);

        Assert.True(Corpus.Fixtures.Count >= 119, $"only {Corpus.Fixtures.Count} fixtures found");
        Assert.All(Corpus.Fixtures, fixture => ExpectedEvents.Published.For(fixture.Folder, fixture.File));
    }

    [SkippableTheory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_signed_correctly_is_accepted_stored_and_normalised_field_by_field(string folder, string file)
    {
        Skip.IfNot(Corpus.Exists, Corpus.AbsenceReason);
        var fixture = Corpus.Get(folder, file);

        var events = await FixtureDelivery.AcceptedAndStoredAsync(gateway, fixture);

        var expected = ExpectedEvents.Published.For(folder, file);
        Assert.Equal(expected.Count, events.Count);
        Assert.Equal(expected.Kind, events[0].GetType().Name);
        var actual = EventFields.Of(events[0]);
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

    [SkippableTheory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_signed_with_the_wrong_secret_is_refused_with_401_and_not_stored(string folder, string file)
    {
        Skip.IfNot(Corpus.Exists, Corpus.AbsenceReason);

        await FixtureDelivery.RefusedWithTheWrongSecretAsync(gateway, Corpus.Get(folder, file));
    }

    [SkippableTheory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_without_a_signature_is_refused_with_401_and_not_stored(string folder, string file)
    {
        Skip.IfNot(Corpus.Exists, Corpus.AbsenceReason);

        await FixtureDelivery.RefusedUnsignedAsync(gateway, Corpus.Get(folder, file));
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
