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

    /// <summary>Which pushes create builds.</summary>
    public List<TriggerPolicy> Triggers { get; set; } = [];
}
