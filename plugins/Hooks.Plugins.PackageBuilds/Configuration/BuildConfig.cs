namespace Hooks.Plugins.PackageBuilds.Configuration;

/// <summary>What the plugin's configuration file says (an amp_ci <c>amp.yaml</c> works as it is).</summary>
public sealed record BuildConfig
{
    public required string File { get; init; }

    public required RepositoryConfig Bootstrap { get; init; }

    public required IReadOnlyList<RepositoryConfig> Repositories { get; init; }

    public required ScriptTable Scripts { get; init; }

    public int Workers { get; init; } = 1;

    /// <summary><c>TMP</c>, <c>TMPDIR</c> and <c>TEMP</c> of the scripts, or null for the system's.</summary>
    public string? TempRoot { get; init; }

    public TimeSpan KeepFailedFor { get; init; } = TimeSpan.FromDays(1);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromHours(2);

    /// <summary>The configured forge source the repositories belong to (for commit statuses), or null.</summary>
    public string? Source { get; init; }

    public NotifyConfig Notify { get; init; } = NotifyConfig.None;

    /// <summary>What was accepted but deserves a look (unknown keys, <c>refs/head/</c> keys), with file and line.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public string Directory => Path.GetDirectoryName(Path.GetFullPath(File))!;

    /// <summary>No file named: the plugin runs, builds nothing, and every push is recorded as ignored with that reason.</summary>
    public bool IsConfigured => Repositories.Count > 0;

    public static BuildConfig Unconfigured => new()
    {
        File = "(no ConfigFile)",
        Bootstrap = new RepositoryConfig("amp_bootstrap", "", []),
        Repositories = [],
        Scripts = new ScriptTable(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>()),
        Warnings = ["no configuration file: set Hooks:Plugins:package-builds:ConfigFile to an amp.yaml; until then every push is ignored"],
    };

    public RepositoryConfig? Repository(string name) =>
        string.Equals(name, Bootstrap.Name, StringComparison.Ordinal) ? Bootstrap : Repositories.FirstOrDefault(r => r.Name == name);
}
