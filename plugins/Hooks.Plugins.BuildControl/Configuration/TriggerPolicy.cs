namespace Hooks.Plugins.BuildControl.Configuration;

/// <summary>A push from <see cref="Source"/> to a repository matching <see cref="Repositories"/> builds on <see cref="Platforms"/>.</summary>
public sealed class TriggerPolicy
{
    /// <summary>A configured source's name (<c>Hooks:Sources:&lt;name&gt;</c>).</summary>
    public string Source { get; set; } = "";

    /// <summary>Full names, <c>*</c> standing for any characters (<c>rpms/*</c>); none means every repository.</summary>
    public List<string> Repositories { get; set; } = [];

    /// <summary><c>tags</c> (the original listener's rule), <c>branches</c> or <c>all</c>.</summary>
    public string Refs { get; set; } = "tags";

    public List<TriggerPlatform> Platforms { get; set; } = [];

    public bool IndependentTasks { get; set; }
}
