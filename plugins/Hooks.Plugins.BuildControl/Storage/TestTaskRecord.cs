using Hooks.Plugins.BuildControl.Model;

namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>One binary RPM of a build task tested by ALTS, in one revision (a restart makes the next revision).</summary>
public sealed class TestTaskRecord
{
    public int Id { get; set; }

    public int BuildTaskId { get; set; }

    public required string PackageName { get; set; }

    public required string PackageVersion { get; set; }

    public string? PackageRelease { get; set; }

    public required string EnvArch { get; set; }

    public int Revision { get; set; }

    public TestTaskStatus Status { get; set; } = TestTaskStatus.Created;

    /// <summary>When the test system took it: the timeout runs from here.</summary>
    public DateTimeOffset? ScheduledAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>JSON: the whole result ALTS posted (<c>alts_response</c>).</summary>
    public string? Result { get; set; }
}
