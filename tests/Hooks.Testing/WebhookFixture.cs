using Hooks.Contracts.Events;

namespace Hooks.Testing;

/// <summary>One example delivery of a <see cref="WebhookCorpus"/>, with the headers its forge sends.</summary>
public sealed record WebhookFixture(
    string CorpusDirectory,
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

    public byte[] Body => System.IO.File.ReadAllBytes(Path.Combine(CorpusDirectory, Folder, File));

    /// <summary>The event headers a forge sends with this delivery (the event, and Gitea's finer event type where given).</summary>
    public IReadOnlyDictionary<string, string> EventHeaders => SecondHeader is null
        ? new Dictionary<string, string> { [EventHeader] = EventName }
        : new Dictionary<string, string> { [EventHeader] = EventName, [SecondHeader] = SecondValue! };

    /// <summary>Every delivery of the project's own corpus.</summary>
    public static IReadOnlyList<WebhookFixture> All => WebhookCorpus.Own.Fixtures;

    /// <summary>A delivery of the project's own corpus.</summary>
    public static WebhookFixture Get(string folder, string file) => WebhookCorpus.Own.Get(folder, file);

    public override string ToString() => $"{Folder}/{File}";
}
