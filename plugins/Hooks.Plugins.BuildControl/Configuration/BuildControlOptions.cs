namespace Hooks.Plugins.BuildControl.Configuration;

/// <summary><c>Hooks:Plugins:build-control</c>.</summary>
public sealed class BuildControlOptions
{
    /// <summary>How long a STARTED task stays with its node without a ping before another node may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>
    /// Where the build repositories are served (<c>&lt;base&gt;builds/&lt;Platform&gt;-&lt;arch&gt;-&lt;build&gt;-br/</c>):
    /// the source RPM's URL and the build's own repositories are composed from it. Without it the reported href is the source RPM's URL.
    /// </summary>
    public string? ArtifactBaseUrl { get; set; }

    /// <summary>How long a STARTED test task waits for its result before it goes back to CREATED for the test system to take again.</summary>
    public TimeSpan TestTimeout { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a sign node holds a sign task it took before another sign node may take it.</summary>
    public TimeSpan SignLease { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Where releases put packages: a folder per production repository, named as the repository.</summary>
    public string? ReleaseRoot { get; set; }

    /// <summary>The repository metadata tool releases run on each folder they change: a name looked up on PATH, or a path. Absent: no metadata.</summary>
    public string Createrepo { get; set; } = "createrepo_c";

    /// <summary>
    /// How often releases left IN_PROGRESS without a job (a restart, a dead worker) are looked for and resumed, test
    /// tasks past <see cref="TestTimeout"/> returned, and builds left unfinished by a crash finished.
    /// </summary>
    public TimeSpan RecoverEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Which pushes create builds.</summary>
    public List<TriggerPolicy> Triggers { get; set; } = [];
}
