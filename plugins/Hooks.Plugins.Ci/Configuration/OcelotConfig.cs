namespace Hooks.Plugins.Ci.Configuration;

/// <summary>A repository's <c>ocelot.yml</c>, as read (not yet validated: see <see cref="OcelotValidator"/>).</summary>
public sealed record OcelotConfig
{
    public string? Image { get; init; }

    public string? MachineTag { get; init; }

    public string? BuildTool { get; init; }

    /// <summary>Anchored regular expressions of the branches that build; <c>ALL</c> matches every branch.</summary>
    public IReadOnlyList<string> Branches { get; init; } = [];

    /// <summary><c>KEY=VALUE</c> entries for every stage.</summary>
    public IReadOnlyList<string> Env { get; init; } = [];

    public IReadOnlyList<StageConfig> Stages { get; init; } = [];

    public SlackNotify? Slack { get; init; }

    public IReadOnlyList<Subscription> Subscriptions { get; init; } = [];

    /// <summary>What was read but means nothing (unknown keys), for the build's log.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
