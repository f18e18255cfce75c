using System.Globalization;
using System.Text;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using static Hooks.Plugins.BuildControl.Pages.Html;

namespace Hooks.Plugins.BuildControl.Pages;

/// <summary>Builds, newest first, with the list's filters; the pushes that built nothing, with why. Refreshes itself while builds run.</summary>
internal static class BuildsListPage
{
    public static string Render(IReadOnlyList<BuildRecord> builds, IReadOnlyList<IgnoredPushRecord> ignored, Builds.BuildFilter filter, IPageLayout layout)
    {
        var body = new StringBuilder("<h1>Builds</h1><p><a id=\"releases\" href=\"releases\">Releases</a></p>")
            .Append("<form method=\"get\"><input name=\"project\" placeholder=\"project\" value=\"").Append(E(filter.Project)).Append("\"> ")
            .Append("<input name=\"ref\" placeholder=\"ref\" value=\"").Append(E(filter.Ref)).Append("\"> ")
            .Append("<input name=\"platform\" placeholder=\"platform\" value=\"").Append(E(filter.Platform)).Append("\"> ")
            .Append("<input name=\"arch\" placeholder=\"arch\" value=\"").Append(E(filter.Arch)).Append("\"> ")
            .Append("<button>Filter</button></form>")
            .Append("<table id=\"builds\"><thead><tr><th>Build</th><th>Created</th><th>By</th><th>Refs</th><th>Platforms</th><th>Tasks</th><th>Finished</th></tr></thead><tbody>");
        foreach (var build in builds)
        {
            var refs = build.Tasks.GroupBy(t => t.Index).OrderBy(g => g.Key).Select(g => g.First()).Select(t => $"{E(Project(t.RefUrl))} <code>{E(t.GitRef)}</code>");
            var platforms = build.Tasks.Select(t => t.Platform?.Name).Distinct().Select(E);
            var counts = build.Tasks.GroupBy(t => t.Status).OrderBy(g => g.Key).Select(g => $"{Status(g.Key)} {g.Count()}");
            body.Append(CultureInfo.InvariantCulture, $"<tr data-build=\"{build.Id}\"><td><a href=\"builds/{build.Id}\">#{build.Id}</a></td><td>{Time(build.CreatedAt)}</td><td>{E(build.CreatedBy)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{string.Join("<br>", refs)}</td><td>{string.Join(", ", platforms)}</td><td>{string.Join(" ", counts)}</td><td>{Time(build.FinishedAt)}</td></tr>");
        }

        body.Append("</tbody></table>");
        if (builds.Count == 0)
        {
            body.Append("<p>No builds yet.</p>");
        }

        body.Append("<h2>Pushes that built nothing</h2><table id=\"ignored\"><thead><tr><th>When</th><th>Source</th><th>Repository</th><th>Ref</th><th>Why</th></tr></thead><tbody>");
        foreach (var push in ignored)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>{Time(push.At)}</td><td>{E(push.Source)}</td><td>{E(push.Repository)}</td><td>{E(push.Ref)}</td><td class=\"reason\">{E(push.Reason)}</td></tr>");
        }

        body.Append("</tbody></table>");
        bool running = builds.Any(b => b.Tasks.Any(t => !TaskTransitions.IsFinished(t.Status)));
        return layout.Render("Builds", body.ToString(), Style + (running ? "<meta http-equiv=\"refresh\" content=\"5\">" : ""));
    }

    internal static string Project(string url) => url.TrimEnd('/').Split('/')[^1].Replace(".git", "", StringComparison.Ordinal);
}
