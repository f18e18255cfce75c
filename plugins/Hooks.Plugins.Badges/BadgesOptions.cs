using Hooks.Plugins.Badges.Projects;

namespace Hooks.Plugins.Badges;

/// <summary><c>Hooks:Plugins:badges</c>.</summary>
public sealed class BadgesOptions
{
    /// <summary>The gateway's address as people's browsers reach it: badge images and links on GitLab point here.</summary>
    public Uri? PublicUrl { get; set; }

    /// <summary><c>gateway</c> (the default): badge images are this plugin's SVGs; <c>shields</c>: shields.io renders its JSON endpoint.</summary>
    public string Image { get; set; } = "gateway";

    /// <summary>When every project is recomputed from the API, so a missed webhook heals (cron, UTC).</summary>
    public string ReconcileCron { get; set; } = "*/15 * * * *";

    /// <summary>Recompute every project once when the gateway starts.</summary>
    public bool ReconcileOnStart { get; set; } = true;

    /// <summary>How far back the status page's history and uptime reach.</summary>
    public int HistoryDays { get; set; } = 90;

    public List<ProjectOptions> Projects { get; set; } = [];
}
