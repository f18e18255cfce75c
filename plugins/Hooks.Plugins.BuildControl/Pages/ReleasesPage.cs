using System.Globalization;
using System.Text;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Releases;
using Hooks.Plugins.BuildControl.Storage;
using static Hooks.Plugins.BuildControl.Pages.Html;

namespace Hooks.Plugins.BuildControl.Pages;

/// <summary>Releases, newest first: state, platform, builds, and the plan (each package with the repositories it goes to) with its last log. Refreshes itself while one is in progress.</summary>
internal static class ReleasesPage
{
    public static string Render(IReadOnlyList<ReleaseRecord> releases, IReadOnlyDictionary<int, string> platforms, IPageLayout layout)
    {
        var body = new StringBuilder("<h1>Releases</h1>");
        if (releases.Count == 0)
        {
            body.Append("<p>No releases yet.</p>");
        }

        foreach (var release in releases)
        {
            var plan = Api.Json.ObjectOf(release.Plan);
            var builds = Api.Json.ArrayOf<int>(release.BuildIds).Select(b => $"<a href=\"builds/{b}\">#{b}</a>");
            body.Append(CultureInfo.InvariantCulture, $"<section class=\"release\" id=\"release-{release.Id}\" data-release=\"{release.Id}\"><h2>Release #{release.Id} {Badge(release.Status)}</h2>")
                .Append(CultureInfo.InvariantCulture, $"<p>Platform {E(platforms.GetValueOrDefault(release.PlatformId, "?"))}, builds {string.Join(", ", builds)}; planned {Time(release.CreatedAt)} by {E(release.CreatedBy)}")
                .Append(release.FinishedAt is { } finished ? $", ended {Time(finished)}" : "").Append("</p>");
            if (plan["last_log"]?.ToString() is { Length: > 0 } log)
            {
                body.Append(CultureInfo.InvariantCulture, $"<p class=\"{(release.Status == ReleaseStatus.Failed ? "error" : "muted")} last-log\">{E(log)}</p>");
            }

            body.Append("<table class=\"plan\"><thead><tr><th>Package</th><th>Repositories</th></tr></thead><tbody>");
            foreach (var package in ReleaseSigning.Copies(release.Plan).GroupBy(c => c.FileName))
            {
                body.Append(CultureInfo.InvariantCulture, $"<tr data-package=\"{E(package.Key)}\"><td>{E(package.Key)}</td><td>{E(string.Join(", ", package.Select(c => c.Repository)))}</td></tr>");
            }

            body.Append("</tbody></table></section>");
        }

        bool moving = releases.Any(r => r.Status == ReleaseStatus.InProgress);
        return layout.Render("Releases", body.ToString(), Style + (moving ? "<meta http-equiv=\"refresh\" content=\"5\">" : ""));
    }
}
