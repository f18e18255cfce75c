using System.Globalization;
using System.Text;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.PackageBuilds.Storage;
using static Hooks.Plugins.PackageBuilds.Pages.Html;

namespace Hooks.Plugins.PackageBuilds.Pages;

/// <summary>One build: what was built, for whom, how it went, and its log, followed live while it runs.</summary>
internal static class BuildPage
{
    private const string Follow = """
        <script>
        addEventListener('DOMContentLoaded', async () => {
          const status = document.getElementById('status');
          while (status.dataset.over !== 'true') {
            await new Promise(r => setTimeout(r, 2000));
            const answer = await fetch('../api/builds/' + status.dataset.build);
            if (!answer.ok) continue;
            const build = await answer.json();
            const shown = status.querySelector('.status');
            shown.textContent = build.status; shown.className = 'status ' + build.status; shown.dataset.status = build.status;
            document.getElementById('reason').textContent = build.reason ?? '';
            status.dataset.over = String(!['queued', 'running'].includes(build.status));
          }
        });
        async function cancelBuild(id) {
          const answer = await fetch('../api/builds/' + id + '/cancel', { method: 'POST' });
          document.getElementById('reason').textContent = answer.ok ? 'cancelling…' : (await answer.json()).error;
        }
        </script>
        """;

    public static string Render(BuildRecord build, IPageLayout layout)
    {
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"../\">← all builds</a></p><h1>{E(build.Repository)} {E(build.Branch ?? build.Ref)}</h1>")
            .Append("<table>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>Status</th><td id=\"status\" data-build=\"{build.Id:D}\" data-over=\"{(build.IsOver ? "true" : "false")}\">{Status(build)} <span id=\"reason\">{E(build.Reason)}</span></td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>Commit</th><td>{Commit(build.Commit)}</td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>Requested</th><td>{Time(build.CreatedAt)} by {E(build.RequestedBy)} ({build.Trigger.ToString().ToLowerInvariant()})</td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>Ran</th><td>{Time(build.StartedAt)} {Duration(build)} (attempt {build.Attempts})</td></tr>")
            .Append("</table>");
        if (!build.IsOver)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p><button type=\"button\" onclick=\"cancelBuild('{build.Id:D}')\">Cancel</button></p>");
        }

        string log = $"/runs/{PackageBuildsPlugin.Id}/{build.Id:D}/log";
        body.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{log}\">plain text</a></p>");
        if (build.Status != BuildStatus.Ignored)
        {
            body.Append(CultureInfo.InvariantCulture, $"<iframe class=\"log\" title=\"log\" src=\"{log}?html=true\"></iframe>");
        }

        return layout.Render($"Build of {build.Repository}", body.ToString(), Style + Follow);
    }
}
