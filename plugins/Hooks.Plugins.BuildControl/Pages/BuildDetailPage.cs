using System.Globalization;
using System.Text;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using static Hooks.Plugins.BuildControl.Pages.Html;

namespace Hooks.Plugins.BuildControl.Pages;

/// <summary>
/// A build as a grid: a row per ref, a column per platform and architecture; each cell the task's status, node, times,
/// artifacts (RPMs and logs as links, with their sha256) and error; below it the tests, signing and release. Refreshes
/// itself while tasks wait or run; restart and cancel buttons for whoever may act.
/// </summary>
internal static class BuildDetailPage
{
    public static string Render(BuildRecord build, BuildPipeline pipeline, bool canAct, IPageLayout layout)
    {
        var columns = build.Tasks.OrderBy(t => t.Id).Select(t => (Platform: t.Platform!.Name, t.Arch)).Distinct().ToList();
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<h1>Build #{build.Id}</h1><p>Created {Time(build.CreatedAt)} by {E(build.CreatedBy)}")
            .Append(build.FinishedAt is { } finished ? $", finished {Time(finished)}" : ", running").Append("</p>");
        if (canAct)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p><button type=\"button\" id=\"restart\" onclick=\"act('{build.Id}/restart-failed')\">Restart failed</button> ")
                .Append(CultureInfo.InvariantCulture, $"<button type=\"button\" id=\"cancel\" onclick=\"act('{build.Id}/cancel')\">Cancel</button> <span id=\"acted\"></span></p>")
                .Append("""
                    <script>
                    async function act(path) {
                      const answer = await fetch('../api/v1/builds/' + path, { method: 'PATCH', credentials: 'same-origin' });
                      document.getElementById('acted').textContent = answer.ok ? 'done' : 'refused (' + answer.status + ')';
                      if (answer.ok) location.reload();
                    }
                    </script>
                    """);
        }

        body.Append("<table id=\"grid\"><thead><tr><th>Ref</th>");
        foreach (var (platform, arch) in columns)
        {
            body.Append(CultureInfo.InvariantCulture, $"<th>{E(platform)}<br>{E(arch)}</th>");
        }

        body.Append("</tr></thead><tbody>");
        foreach (var row in build.Tasks.GroupBy(t => t.Index).OrderBy(g => g.Key))
        {
            var first = row.First();
            body.Append(CultureInfo.InvariantCulture, $"<tr data-index=\"{row.Key}\"><td>{E(first.RefUrl)}<br><code>{E(first.GitRef)}</code></td>");
            foreach (var (platform, arch) in columns)
            {
                body.Append(row.FirstOrDefault(t => t.Platform!.Name == platform && t.Arch == arch) is { } task ? Cell(task) : "<td></td>");
            }

            body.Append("</tr>");
        }

        body.Append("</tbody></table>").Append(BuildPipelineSections.Render(build, pipeline));
        bool running = build.Tasks.Any(t => !TaskTransitions.IsFinished(t.Status));
        return layout.Render($"Build #{build.Id}", body.ToString(), Style + (running ? "<meta http-equiv=\"refresh\" content=\"5\">" : ""));
    }

    private static string Cell(TaskRecord task)
    {
        var cell = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<td class=\"cell\" data-task=\"{task.Id}\">{Status(task.Status)}");
        if (task.NodeName is { } node)
        {
            cell.Append(CultureInfo.InvariantCulture, $"<div class=\"node\">node {E(node)}</div>");
        }

        if (task.StartedAt is { } started)
        {
            cell.Append(CultureInfo.InvariantCulture, $"<div class=\"muted\">{Time(started)}{(task.FinishedAt is { } end ? " → " + Time(end) : "")}</div>");
        }

        if (task.Artifacts.Count > 0)
        {
            cell.Append("<ul>");
            foreach (var artifact in task.Artifacts.OrderBy(a => a.Type).ThenBy(a => a.Name))
            {
                cell.Append(CultureInfo.InvariantCulture, $"<li class=\"{E(artifact.Type)}\"><a href=\"{E(artifact.Href)}\">{E(artifact.Name)}</a>")
                    .Append(artifact.Sha256 is { Length: >= 12 } sha ? $" <code title=\"sha256 {E(sha)}\">{E(sha[..12])}</code>" : "").Append("</li>");
            }

            cell.Append("</ul>");
        }

        if (task.Error is { } error)
        {
            cell.Append(CultureInfo.InvariantCulture, $"<div class=\"error\">{E(error)}</div>");
        }

        return cell.Append("</td>").ToString();
    }
}
