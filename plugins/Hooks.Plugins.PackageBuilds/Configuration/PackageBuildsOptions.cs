namespace Hooks.Plugins.PackageBuilds.Configuration;

/// <summary><c>Hooks:Plugins:package-builds</c>: where the YAML file is, and what must not be in it.</summary>
public sealed class PackageBuildsOptions
{
    /// <summary>The YAML configuration file (an amp_ci <c>amp.yaml</c> works as it is).</summary>
    public string? ConfigFile { get; set; }

    /// <summary>The SMTP password (<c>Hooks__Plugins__package-builds__SmtpPassword</c> in the environment), never in the file.</summary>
    public string? SmtpPassword { get; set; }

    /// <summary>How long a running build holds itself without renewing: a build whose process died runs again this long after.</summary>
    public TimeSpan RunLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often queued and abandoned builds are looked for (a restart of the embedded gateway loses its jobs).</summary>
    public TimeSpan RecoverEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many lines of the log's end a failure mail carries.</summary>
    public int MailLogLines { get; set; } = 100;
}
