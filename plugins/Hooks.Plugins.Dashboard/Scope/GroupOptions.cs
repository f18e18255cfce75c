namespace Hooks.Plugins.Dashboard.Scope;

/// <summary>
/// One entry of <c>Hooks:Plugins:dashboard:Groups</c>: the projects of a group on a source, and which of their
/// pipelines count. <see cref="Users"/> and <see cref="Sources"/> are alternatives: a pipeline counts when it matches
/// either list that is set (and every pipeline counts when neither is).
/// </summary>
public sealed class GroupOptions
{
    /// <summary>The gateway source (<c>Hooks:Sources:&lt;name&gt;</c>) the group's webhooks come from and its API is read through.</summary>
    public string Source { get; set; } = "";

    /// <summary>The group's path (<c>invenia</c>, <c>invenia/research</c>); subgroups' projects belong to it.</summary>
    public string Group { get; set; } = "";

    /// <summary>Pipelines started by these users count (the original's bot users <c>nightly-dev</c>, <c>nightly-rse</c>).</summary>
    public List<string> Users { get; set; } = [];

    /// <summary>Pipelines started this way count (<c>schedule</c> picks nightlies without naming users).</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>Only pipelines of these branches or tags count, when set.</summary>
    public List<string> Refs { get; set; } = [];

    /// <summary>Only these projects (full path, or path within the group), when set.</summary>
    public List<string> IncludeProjects { get; set; } = [];

    /// <summary>Never these projects (full path, or path within the group).</summary>
    public List<string> ExcludeProjects { get; set; } = [];
}
