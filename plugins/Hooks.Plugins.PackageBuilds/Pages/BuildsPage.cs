using System.Globalization;
using System.Text;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.PackageBuilds.Configuration;
using Hooks.Plugins.PackageBuilds.Storage;
using static Hooks.Plugins.PackageBuilds.Pages.Html;

namespace Hooks.Plugins.PackageBuilds.Pages;

/// <summary>Builds, newest first: repository, branch, commit, who pushed, status, duration, log; ignored pushes with why.</summary>
internal static class BuildsPage
{
    public static string Render(IReadOnlyList<BuildRecord> builds, BuildConfig config, IPageLayout layout)
    {
        var body = new StringBuilder()
            .Append("<h1>Package builds</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(config.Repositories.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))} repositories beside {E(config.Bootstrap.Name)}, from {E(config.File)}; {config.Workers} at a time.</p>");
        foreach (string warning in config.Warnings)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">⚠ {E(warning)}</p>");
        }

        body.Append("<table id=\"builds\"><thead><tr><th>Requested</th><th>Repository</th><th>Branch</th><th>Commit</th><th>Pushed by</th><th>Status</th><th>Duration</th><th>Log</th></tr></thead><tbody>");
        foreach (var build in builds)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr data-build=\"{build.Id:D}\"><td>{Time(build.CreatedAt)}</td><td>{E(build.Repository)}</td><td>{E(build.Branch ?? build.Ref)}</td><td>{Commit(build.Commit)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{E(build.RequestedBy)}{(build.Trigger == BuildTrigger.Push ? "" : $" <span class=\"muted\">({build.Trigger.ToString().ToLowerInvariant()})</span>")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Status(build)}{(build.Reason is { } reason ? $" <span class=\"reason\">{E(reason)}</span>" : "")}</td><td>{Duration(build)}</td>")
                .Append(build.Status == BuildStatus.Ignored ? "<td></td>" : $"<td><a href=\"builds/{build.Id:D}\">log</a></td>")
                .Append("</tr>");
        }

        body.Append("</tbody></table>");
        if (builds.Count == 0)
        {
            body.Append("<p>No builds yet: a push to a configured repository starts one.</p>");
        }

        string? refresh = builds.Any(b => !b.IsOver) ? "<meta http-equiv=\"refresh\" content=\"3\">" : null;
        return layout.Render("Package builds", body.ToString(), Style + refresh);
    }
}
