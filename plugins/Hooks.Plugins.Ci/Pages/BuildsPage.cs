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

/// <summary>Recent builds (filters in the URL: repository, branch, status, page), and one repository's history.</summary>
internal static class BuildsPage
{
    private const int PageSize = 100;

    public static async Task<ContentHttpResult> HandleAsync([AsParameters] BuildFilter filter, CiDb db, IPageLayout layout, CancellationToken cancellationToken) =>
        await RenderAsync("CI builds", "", filter, db, layout, cancellationToken);

    public static async Task<ContentHttpResult> RepositoryAsync(string account, string repo, int? page, CiDb db, IPageLayout layout, CancellationToken cancellationToken) =>
        await RenderAsync($"{account}/{repo}", "../../", new BuildFilter($"{account}/{repo}", null, null, null, null, page, null), db, layout, cancellationToken);

    private static async Task<ContentHttpResult> RenderAsync(string title, string root, BuildFilter filter, CiDb db, IPageLayout layout, CancellationToken cancellationToken)
    {
        var query = filter.Problem() is null ? filter.Apply(db.Builds.AsNoTracking()) : db.Builds.AsNoTracking().Where(b => false);
        int page = Math.Max(filter.Page ?? 1, 1);
        var builds = await query.OrderByDescending(b => b.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var body = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<h1>{E(title)}</h1>");
        if (root.Length > 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{root}\">← all builds</a></p>");
        }

        body.Append(CultureInfo.InvariantCulture, $"<form method=\"get\"><input name=\"repository\" placeholder=\"account/repo\" value=\"{E(filter.Repository)}\"> <input name=\"branch\" placeholder=\"branch\" value=\"{E(filter.Branch)}\"> <input name=\"status\" placeholder=\"status\" value=\"{E(filter.Status)}\"> <button>Filter</button></form>")
            .Append("<table id=\"builds\"><thead><tr><th>Build</th><th>Repository</th><th>Branch</th><th>Commit</th><th>Signaled by</th><th>Status</th><th>Queued</th><th>Duration</th></tr></thead><tbody>");
        foreach (var build in builds)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr data-build=\"{build.Id}\"><td><a href=\"{root}builds/{build.Id}\">#{build.Id}</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td><a href=\"{root}repos/{E(build.Account)}/{E(build.Repo)}\">{E(build.AcctRepo)}</a></td><td>{E(build.Branch)}</td><td>{Hash(build.Hash)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Names.Of(build.SignaledBy)}</td><td>{Status(build)}</td><td>{Time(build.QueueTime)}</td><td>{Duration(build)}</td></tr>");
        }

        body.Append("</tbody></table>");
        if (builds.Count == 0)
        {
            body.Append("<p>No builds: a push to a repository with an ocelot.yml starts one.</p>");
        }

        string? refresh = builds.Any(b => !b.IsOver) ? "<meta http-equiv=\"refresh\" content=\"3\">" : null;
        return TypedResults.Content(layout.Render(title, body.ToString(), Style + refresh), "text/html; charset=utf-8");
    }
}
