using System.Globalization;
using System.Text;
using Hooks.Plugins.Dashboard.View;
using static Hooks.Plugins.Dashboard.Pages.Html;

namespace Hooks.Plugins.Dashboard.Pages;

/// <summary>The period's most prevalent errors and its new ones, each linking to the jobs that had them.</summary>
public static class ErrorsHtml
{
    public static string Render(ErrorsView errors, GridQuery query)
    {
        var html = new StringBuilder("<section id=\"errors\">");
        html.Append("<h2>Most prevalent errors</h2>").Append(List(errors.Prevalent, "prevalent", query, first: false));
        html.Append("<h2>New errors</h2>").Append(List(errors.New, "new", query, first: true));
        return html.Append("</section>").ToString();
    }

    private static string List(IReadOnlyList<ErrorCount> counts, string kind, GridQuery query, bool first)
    {
        if (counts.Count == 0)
        {
            return $"<p class=\"muted {kind}\">none in the period</p>";
        }

        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<ol class=\"{kind}\">");
        foreach (var count in counts)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li data-error=\"{E(count.Text)}\"><code title=\"{E(count.Text)}\">{E(Chip(count.Text, 120))}</code> <span class=\"count\">{count.Jobs} job{(count.Jobs == 1 ? "" : "s")}</span>");
            if (first)
            {
                html.Append(CultureInfo.InvariantCulture, $" <span class=\"muted\">first seen {count.FirstSeen:yyyy-MM-dd}</span>");
            }

            html.Append("<span class=\"jobs\">");
            foreach (var job in count.JobList.Take(10))
            {
                html.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(query.ToQueryString(job.Id))}\" data-details=\"{job.Id}\">{E(job.Project)} · {E(job.Name)} · {job.Day:MMM d}</a>");
            }

            html.Append("</span></li>");
        }

        return html.Append("</ol>").ToString();
    }
}
