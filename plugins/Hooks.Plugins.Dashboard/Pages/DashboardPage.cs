using System.Globalization;
using System.Text;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.Dashboard.View;
using static Hooks.Plugins.Dashboard.Pages.Html;

namespace Hooks.Plugins.Dashboard.Pages;

/// <summary>
/// <c>/plugins/dashboard/</c>: the filters (kept in the URL), the projects × days grid, a job's details, the most
/// prevalent and the new errors. The page script swaps these parts in place when filters change or the store does.
/// </summary>
public static class DashboardPage
{
    public static string Render(GridView grid, ErrorsView errors, JobDetailsView? job, GridQuery query, string basePath, IPageLayout layout)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<div id=\"dashboard\" data-base=\"{basePath}\" data-stamp=\"{grid.Stamp}\">");
        body.Append(CultureInfo.InvariantCulture, $"<h1>Nightly failures</h1><p class=\"muted\">Last {grid.Days.Count} days in {E(grid.TimeZone)} · <span id=\"live\">static</span></p>");
        body.Append(Filters(query));
        body.Append("<div id=\"problems\">");
        foreach (string problem in grid.PatternProblems)
        {
            body.Append("<p class=\"error\">").Append(E(problem)).Append("</p>");
        }

        body.Append("</div>");
        body.Append(GridHtml.Render(grid, query));
        body.Append("<aside id=\"details\">").Append(job is null ? "" : JobDetailsHtml.Render(job, basePath)).Append("</aside>");
        body.Append(ErrorsHtml.Render(errors, query));
        body.Append("</div>");
        string head = $"<style>{PageStyle.Css}</style><script src=\"{basePath}/assets/dashboard.js\" defer></script>";
        return layout.Render("Nightly failures", body.ToString(), head);
    }

    private static string Filters(GridQuery query)
    {
        var html = new StringBuilder("<form id=\"filters\" class=\"filters\" method=\"get\">");
        html.Append(CultureInfo.InvariantCulture, $"<label>Projects<input name=\"projects\" value=\"{E(string.Join(',', query.Projects.Order(StringComparer.Ordinal)))}\" placeholder=\"group/project, ...\"></label>");
        html.Append(CultureInfo.InvariantCulture, $"<label>Job name or error<input name=\"search\" type=\"search\" value=\"{E(query.Search)}\"></label>");
        html.Append("<fieldset><legend>Jobs</legend>");
        foreach (var (value, label) in new[] { ("failed", "failed"), ("allowed", "failed, allowed to"), ("passed", "passed"), ("other", "other") })
        {
            html.Append(CultureInfo.InvariantCulture, $"<label class=\"check\"><input type=\"checkbox\" name=\"jobs\" value=\"{value}\"{(query.Jobs.Contains(value) ? " checked" : "")}>{label}</label>");
        }

        html.Append("</fieldset><fieldset><legend>Show</legend>");
        foreach (var (value, label) in new[] { ("names", "job names"), ("errors", "errors"), ("deps", "dependencies"), ("runner", "runner") })
        {
            html.Append(CultureInfo.InvariantCulture, $"<label class=\"check\"><input type=\"checkbox\" name=\"show\" value=\"{value}\"{(query.Shows(value) ? " checked" : "")}>{label}</label>");
        }

        if (query.Job is { } job)
        {
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"job\" value=\"{job}\">");
        }

        return html.Append("</fieldset><button type=\"submit\">Apply</button></form>").ToString();
    }
}
