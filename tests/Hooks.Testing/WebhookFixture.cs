using Hooks.Contracts.Events;

namespace Hooks.Testing;

/// <summary>One published example delivery from <c>shared/fixtures/webhooks</c>, with the headers its forge sends.</summary>
public sealed record WebhookFixture(
    string Folder,
    string File,
    string EventHeader,
    string EventName,
    string? SecondHeader,
    string? SecondValue)
{
    public Forge Forge => Folder switch
    {
        "github" => Forge.GitHub,
        "gitlab" => Forge.GitLab,
        "gitea" => Forge.Gitea,
        "bitbucket-cloud" => Forge.BitbucketCloud,
        "bitbucket-server" => Forge.BitbucketServer,
        _ => throw new InvalidOperationException($"unknown fixture folder {Folder}"),
    };

    /// <summary>The source the tests configure for this forge (the names of the sample configuration).</summary>
    public string Source => Folder == "bitbucket-cloud" ? "bitbucket" : Folder;

    public byte[] Body => System.IO.File.ReadAllBytes(Path.Combine(Paths.WebhookFixtures, Folder, File));

    public override string ToString() => $"{Folder}/{File}";

    /// <summary>Every row of MANIFEST.tsv.</summary>
    public static IReadOnlyList<WebhookFixture> All { get; } = Load();

    public static WebhookFixture Get(string folder, string file) =>
        All.Single(fixture => fixture.Folder == folder && fixture.File == file);

    private static List<WebhookFixture> Load()
    {
        var fixtures = new List<WebhookFixture>();
        foreach (string line in System.IO.File.ReadLines(Path.Combine(Paths.WebhookFixtures, "MANIFEST.tsv")).Skip(1))
        {
            string[] columns = line.Split('\t');
            if (columns.Length < 4)
            {
                continue;
            }

            string? second = columns.Length > 6 && columns[6].Contains(':', StringComparison.Ordinal) ? columns[6] : null;
            fixtures.Add(new WebhookFixture(
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
