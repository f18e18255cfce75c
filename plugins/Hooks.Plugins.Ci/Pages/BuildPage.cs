using System.Globalization;
using System.Text;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.Ci.Api;
using Hooks.Plugins.Ci.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using static Hooks.Plugins.Ci.Pages.Html;

namespace Hooks.Plugins.Ci.Pages;

/// <summary>One build: what, who signaled it, its stages (kept up to date while it runs) and its log, followed live.</summary>
internal static class BuildPage
{
    private const string Follow = """
        <script>
        addEventListener('DOMContentLoaded', async () => {
          const status = document.getElementById('status');
          while (status.dataset.over !== 'true') {
            await new Promise(r => setTimeout(r, 1000));
            const answer = await fetch('../v1/status?buildId=' + status.dataset.build);
            if (!answer.ok) continue;
            const view = await answer.json();
            const sum = view.buildSum;
            const shown = status.querySelector('.status');
            shown.textContent = sum.status; shown.className = 'status ' + sum.status.toLowerCase(); shown.dataset.status = sum.status;
            document.getElementById('reason').textContent = sum.reason ?? '';
            const rows = document.querySelector('#stages tbody');
            rows.replaceChildren(...view.stages.map(s => {
              const tr = document.createElement('tr'); tr.className = 'stage-' + s.status;
              for (const text of [s.stage, ['PASS', 'FAIL', 'SKIP'][s.status], s.messages.join(' '), s.error, (s.stageDuration / 1000).toFixed(1) + ' s']) {
                const td = document.createElement('td'); td.textContent = text; tr.appendChild(td);
              }
              return tr;
            }));
            status.dataset.over = String(!['QUEUED', 'RUNNING'].includes(sum.status));
          }
        });
        </script>
        """;

    private static readonly string[] StageNames = ["PASS", "FAIL", "SKIP"];

    public static async Task<Results<ContentHttpResult, NotFound>> HandleAsync(long id, CiDb db, IPageLayout layout, CancellationToken cancellationToken)
    {
        if (await db.Builds.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken) is not { } build)
        {
            return TypedResults.NotFound();
        }

        var view = await CiApi.StatusOfAsync(db, build, cancellationToken);
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"../\">← all builds</a> · <a href=\"../repos/{E(build.Account)}/{E(build.Repo)}\">{E(build.AcctRepo)}</a></p>")
            .Append(CultureInfo.InvariantCulture, $"<h1>Build #{build.Id}: {E(build.AcctRepo)} {E(build.Branch)}</h1><table>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>Status</th><td id=\"status\" data-build=\"{build.Id}\" data-over=\"{(build.IsOver ? "true" : "false")}\">{Status(build)} <span id=\"reason\">{E(build.Reason)}</span></td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>Commit</th><td><code>{E(build.Hash)}</code></td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>Signaled by</th><td id=\"signaled\">{Names.Of(build.SignaledBy)}{(build.RequestedBy is { } who ? $" ({E(who)})" : "")}</td></tr>");
        if (build.UpstreamBuildId is { } upstream)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><th>Upstream</th><td><a id=\"upstream\" href=\"{upstream}\">#{upstream}</a> as {E(build.UpstreamAlias)}</td></tr>");
        }

        var downstream = await db.Builds.AsNoTracking().Where(b => b.UpstreamBuildId == build.Id).OrderBy(b => b.Id).ToListAsync(cancellationToken);
        if (downstream.Count > 0)
        {
            body.Append("<tr><th>Downstream</th><td id=\"downstream\">")
                .AppendJoin(", ", downstream.Select(d => $"<a href=\"{d.Id}\">#{d.Id}</a> {E(d.AcctRepo)} {E(d.Branch)}"))
                .Append("</td></tr>");
        }

        body.Append(CultureInfo.InvariantCulture, $"<tr><th>Queued</th><td>{Time(build.QueueTime)} on {E(build.Queue)}</td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>Ran</th><td>{Time(build.BuildTime)} {Duration(build)} (attempt {build.Attempts})</td></tr></table>")
            .Append("<h2>Stages</h2><table id=\"stages\"><thead><tr><th>Stage</th><th>Status</th><th>Messages</th><th>Error</th><th>Duration</th></tr></thead><tbody>");
        foreach (var stage in view.Stages)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr class=\"stage-{stage.Status}\"><td>{E(stage.Stage)}</td><td>{StageNames[stage.Status]}</td><td>{E(string.Join(' ', stage.Messages))}</td><td>{E(stage.Error)}</td><td>{(stage.StageDuration / 1000).ToString("0.0", CultureInfo.InvariantCulture)} s</td></tr>");
        }

        string log = $"/runs/{CiPlugin.Id}/{build.Id}/log";
        body.Append("</tbody></table>")
            .Append(CultureInfo.InvariantCulture, $"<h2>Log</h2><p><a href=\"{log}\">plain text</a></p><iframe class=\"log\" title=\"log\" src=\"{log}?html=true\"></iframe>");
        return TypedResults.Content(layout.Render($"Build #{build.Id}", body.ToString(), Style + Follow), "text/html; charset=utf-8");
    }
}
