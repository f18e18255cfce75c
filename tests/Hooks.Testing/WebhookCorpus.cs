namespace Hooks.Testing;

/// <summary>
/// A folder of example deliveries, one sub-folder per forge, listed in its <c>MANIFEST.tsv</c> (forge, file, event
/// header and value, source, licence, Gitea's finer <c>-Event-Type</c> header where it differs).
/// </summary>
public sealed class WebhookCorpus
{
    private readonly Lazy<IReadOnlyList<WebhookFixture>> _fixtures;

    private WebhookCorpus(string name, string directory, string absenceReason)
    {
        Name = name;
        Directory = directory;
        AbsenceReason = absenceReason;
        _fixtures = new Lazy<IReadOnlyList<WebhookFixture>>(Load);
    }

    /// <summary>The project's own deliveries, crafted from the forges' documented payload shapes: what the tests use.</summary>
    public static WebhookCorpus Own { get; } = new(
        "own", Paths.OwnWebhooks, $"the own corpus is missing from {Paths.OwnWebhooks}: is tests/Hooks.Testing/Webhooks copied to the output?");

    /// <summary>Other projects' published deliveries beside the repository: an optional conformance suite.</summary>
    public static WebhookCorpus Published { get; } = new(
        "published",
        Paths.PublishedWebhooks,
        $"the published corpus ../shared/fixtures/webhooks is not beside the repository (looked in {Paths.PublishedWebhooks}; HOOKS_SHARED names another shared/)");

    public string Name { get; }

    public string Directory { get; }

    public bool Exists => File.Exists(Path.Combine(Directory, "MANIFEST.tsv"));

    /// <summary>Why the tests of this corpus are skipped when it is not there.</summary>
    public string AbsenceReason { get; }

    /// <summary>Every row of the manifest; empty when the corpus is not there.</summary>
    public IReadOnlyList<WebhookFixture> Fixtures => _fixtures.Value;

    public WebhookFixture Get(string folder, string file) =>
        Fixtures.SingleOrDefault(fixture => fixture.Folder == folder && fixture.File == file)
        ?? throw new InvalidOperationException($"{folder}/{file} is not in the {Name} corpus ({Directory})");

    public override string ToString() => $"{Name} corpus ({Directory})";

    private List<WebhookFixture> Load()
    {
        var fixtures = new List<WebhookFixture>();
        if (!Exists)
        {
            return fixtures;
        }

        foreach (string line in File.ReadLines(Path.Combine(Directory, "MANIFEST.tsv")).Skip(1))
        {
            string[] columns = line.Split('\t');
            if (columns.Length < 4)
            {
                continue;
            }

            string? second = columns.Length > 6 && columns[6].Contains(':', StringComparison.Ordinal) ? columns[6] : null;
            fixtures.Add(new WebhookFixture(
                Directory,
                columns[0],
                columns[1],
                columns[2],
                columns[3],
                second?.Split(':', 2)[0].Trim(),
                second?.Split(':', 2)[1].Trim()));
        }

        return fixtures;
    }
}
