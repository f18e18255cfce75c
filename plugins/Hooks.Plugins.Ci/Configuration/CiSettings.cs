namespace Hooks.Plugins.Ci.Configuration;

/// <summary>The options, and what this worker serves as decided at start.</summary>
/// <param name="Options"><c>Hooks:Plugins:ci</c>.</param>
/// <param name="Docker">Whether this worker runs <c>image</c> builds (queue <c>ci</c>).</param>
public sealed record CiSettings(CiOptions Options, bool Docker)
{
    /// <summary>The queues this worker takes builds from.</summary>
    public IEnumerable<string> Queues => (Docker ? [CiPlugin.Queue] : Array.Empty<string>()).Concat(Options.MachineTags.Select(CiPlugin.TagQueue));

    /// <summary>Options print without the Slack URLs (secrets).</summary>
    public override string ToString() => $"CiSettings {{ Docker = {Docker}, MachineTags = [{string.Join(", ", Options.MachineTags)}], Workers = {Options.Workers} }}";
}
