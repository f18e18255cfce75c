namespace Hooks.Plugins.Ci.Configuration;

/// <summary><c>Hooks:Plugins:ci</c>: what this worker serves, and the limits of its builds.</summary>
public sealed class CiOptions
{
    /// <summary>Whether this worker runs <c>image</c> builds (queue <c>ci</c>); unset: when a Docker daemon answers at start.</summary>
    public bool? Docker { get; set; }

    /// <summary>The Docker Engine's address.</summary>
    public string DockerEndpoint { get; set; } = "unix:///var/run/docker.sock";

    /// <summary>The <c>machineTag</c> builds this worker runs as processes (a queue <c>ci-&lt;tag&gt;</c> each).</summary>
    public List<string> MachineTags { get; set; } = [];

    /// <summary>Builds run at once per queue in this worker.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>How long a build may run (its stages' own <c>timeout:</c> may cut one shorter).</summary>
    public TimeSpan BuildTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a running build holds itself without renewing: a build whose worker died runs again this long after.</summary>
    public TimeSpan RunLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often queued and abandoned builds are looked for.</summary>
    public TimeSpan RecoverEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a build is started before a worker dying under it fails it.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Whether reading (status, summary, logs, pages) needs no token (default: public, as Ocelot).</summary>
    public bool PublicRead { get; set; } = true;

    /// <summary>The container's network (Docker's default bridge when unset; <c>host</c> only when set so).</summary>
    public string? NetworkMode { get; set; }

    /// <summary>Mounts the host's Docker socket into build containers (never unless set).</summary>
    public bool MountDockerSocket { get; set; }

    /// <summary>
    /// Where to clone a source's repositories from, when not from where its forge says (a mirror; Bitbucket Cloud's
    /// deliveries always name bitbucket.org): a template by source, <c>{fullName}</c> standing for <c>account/repo</c>.
    /// </summary>
    public Dictionary<string, string> CloneUrls { get; set; } = [];

    /// <summary>Slack-compatible webhook URLs by <c>notify.slack.identifier</c>. Secrets: never logged.</summary>
    public Dictionary<string, string> Slack { get; set; } = [];
}
