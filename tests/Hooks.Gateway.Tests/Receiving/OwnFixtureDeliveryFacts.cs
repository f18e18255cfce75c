using Hooks.Gateway.Tests.Normalisation;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Receiving;

/// <summary>
/// Every delivery of the project's own corpus (<c>tests/Hooks.Testing/Webhooks</c>) goes through the real HTTP pipeline
/// three times: signed as its forge signs (202, stored byte for byte, normalised exactly as
/// <c>expected-own-events.tsv</c> says, every field), signed with the wrong secret (401) and unsigned (401).
/// </summary>
public sealed class OwnFixtureDeliveryFacts(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    private static WebhookCorpus Corpus => WebhookCorpus.Own;

    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var fixture in Corpus.Fixtures)
        {
            data.Add(fixture.Folder, fixture.File);
        }

        return data;
    }

    [Fact]
    public void Manifest_files_and_expectations_name_the_same_deliveries_all_crafted_by_the_project()
    {
        var manifest = Corpus.Fixtures.Select(f => $"{f.Folder}/{f.File}").Order(StringComparer.Ordinal).ToList();
        var onDisk = Directory.GetFiles(Corpus.Directory, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Corpus.Directory, path).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var expected = ExpectedEvents.Own.All.Select(e => $"{e.Folder}/{e.File}").Order(StringComparer.Ordinal).ToList();

        Assert.True(manifest.Count >= 60, $"only {manifest.Count} own fixtures");
        Assert.Equal(manifest, onDisk);
        Assert.Equal(manifest, expected);
        Assert.All(File.ReadLines(Path.Combine(Corpus.Directory, "MANIFEST.tsv")).Skip(1).Select(line => line.Split('\t')), columns =>
        {
            Assert.StartsWith("crafted from ", columns[4], StringComparison.Ordinal);
            Assert.Equal("project", columns[5]);
        });
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_signed_correctly_is_accepted_stored_and_normalised_exactly_as_expected(string folder, string file)
    {
        var fixture = Corpus.Get(folder, file);

        var events = await FixtureDelivery.AcceptedAndStoredAsync(gateway, fixture);

        var expected = ExpectedEvents.Own.For(folder, file);
        Assert.Equal(expected.Count, events.Count);
        Assert.Equal(expected.Kind, events[0].GetType().Name);
        var actual = EventFields.Of(events[0]);
        var differences = expected.Fields.Keys.Union(actual.Keys)
            .Where(key => !expected.Fields.TryGetValue(key, out string? want) || !actual.TryGetValue(key, out string? got) || want != got)
            .Select(key => $"{key}: got '{actual.GetValueOrDefault(key, "(no such field)")}', expected '{expected.Fields.GetValueOrDefault(key, "(not in the table)")}'")
            .ToList();
        Assert.True(differences.Count == 0, $"{fixture}:\n{string.Join("\n", differences)}");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_signed_with_the_wrong_secret_is_refused_with_401_and_not_stored(string folder, string file) =>
        await FixtureDelivery.RefusedWithTheWrongSecretAsync(gateway, Corpus.Get(folder, file));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_without_a_signature_is_refused_with_401_and_not_stored(string folder, string file) =>
        await FixtureDelivery.RefusedUnsignedAsync(gateway, Corpus.Get(folder, file));
}
