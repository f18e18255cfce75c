namespace Hooks.Plugins.Badges.Projects;

/// <summary>One GitLab project kept as a traffic light: an item of <c>Hooks:Plugins:badges:Projects</c>.</summary>
public sealed class ProjectOptions
{
    /// <summary>The project's path (<c>group/project</c>) or numeric id.</summary>
    public string Project { get; set; } = "";

    /// <summary>The gateway source its webhooks come from; any GitLab source when empty.</summary>
    public string? Source { get; set; }

    /// <summary>The GitLab address (<c>https://gitlab.example.org</c>); the source's <c>BaseUrl</c> when empty.</summary>
    public Uri? ApiUrl { get; set; }

    /// <summary>An access token with the <c>api</c> scope (Maintainer, to edit badges); the source's <c>Token</c> when empty.</summary>
    public string? Token { get; set; }

    public LabelRules Labels { get; set; } = new();
}
