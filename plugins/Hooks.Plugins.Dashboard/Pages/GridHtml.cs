using System.Globalization;
using System.Text;
using Hooks.Plugins.Dashboard.Ingest;
using Hooks.Plugins.Dashboard.View;
using static Hooks.Plugins.Dashboard.Pages.Html;

namespace Hooks.Plugins.Dashboard.Pages;

/// <summary>The grid: a row per project (its open labelled issues beside its name), a column per day, the jobs in each cell.</summary>
public static class GridHtml
{
    public static string Render(GridView grid, GridQuery query)
    {
        var html = new StringBuilder("<div id=\"board\">");
        if (grid.Rows.Count == 0)
        {
            return html.Append("<p class=\"muted empty\">No counted pipeline in the period.</p></div>").ToString();
        }

        html.Append("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th>Project</th>");
        foreach (var day in grid.Days)
        {
            bool last = day == grid.Days[^1];
            html.Append(CultureInfo.InvariantCulture, $"<th data-day=\"{day:yyyy-MM-dd}\"{(last ? " class=\"latest\"" : "")}>{day.ToString("MMM d", CultureInfo.InvariantCulture)}{(last ? " (last night)" : "")}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in grid.Rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr data-project=\"{E(row.Project)}\"><th class=\"project\"><a href=\"{E(row.WebUrl)}\">{E(row.Project)}</a>");
            if (row.Issues.Count > 0)
            {
                html.Append("<ul class=\"issues\">");
                foreach (var issue in row.Issues)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{E(issue.Url)}\">#{issue.Iid} {E(issue.Title)}</a></li>");
                }

                html.Append("</ul>");
            }

            html.Append("</th>");
            foreach (var cell in row.Days)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td data-day=\"{cell.Date:yyyy-MM-dd}\">");
                if (cell.Pipelines.Count == 0)
                {
                    html.Append("<span class=\"none\" title=\"no pipeline\">-</span>");
                }

                foreach (var pipeline in cell.Pipelines)
                {
                    html.Append(Pipeline(pipeline, query));
                }

                html.Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table></div></div>").ToString();
    }

    private static string Pipeline(PipelineCell pipeline, GridQuery query)
    {
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<div class=\"pipeline\" data-pipeline=\"{pipeline.Id}\" data-status=\"{E(pipeline.Status)}\">");
        bool anyColumn = query.Shows("names") || query.Shows("errors") || query.Shows("deps") || query.Shows("runner");
        if (pipeline.Jobs.Count == 0 || !anyColumn)
        {
            string mark = Statuses.IsSuccess(pipeline.Status) ? "✓" : pipeline.Status;
            html.Append(CultureInfo.InvariantCulture, $"<a class=\"pipeline-status {E(pipeline.Status)}\" href=\"{E(pipeline.Url)}\" title=\"pipeline #{pipeline.Id} {E(pipeline.Status)}\">{E(mark)}</a>");
            return html.Append("</div>").ToString();
        }

        foreach (var job in pipeline.Jobs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"job\" data-job=\"{job.Id}\" data-group=\"{job.Group}\">");
            html.Append(CultureInfo.InvariantCulture, $"<button type=\"button\" class=\"icon {job.Group}\" data-details=\"{job.Id}\" title=\"{E(job.Status)}: details\">{StatusIcon.Of(job.Group)}</button>");
            if (query.Shows("names"))
            {
                html.Append(CultureInfo.InvariantCulture, $"<a class=\"name\" href=\"{E(job.Url)}\" title=\"{E(job.Name)}\">{E(job.Name)}</a>");
            }

            if (query.Shows("errors"))
            {
                foreach (var error in job.Errors)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<span class=\"chip {error.Kind.ToString().ToLowerInvariant()}\" title=\"{E(error.Text)}\">{E(Chip(error.Text))}</span>");
                }

                if (job.Unmatched)
                {
                    html.Append("<span class=\"chip unknown\" title=\"no known error pattern matched\">?</span>");
                }
            }

            if (query.Shows("deps"))
            {
                html.Append("<span class=\"deps\">").Append(job.DependencyChanges is null ? "?" : E(string.Join(", ", job.DependencyChanges.Select(Change)))).Append("</span>");
            }

            if (query.Shows("runner"))
            {
                html.Append(CultureInfo.InvariantCulture, $"<span class=\"runner\">{E(job.Runner ?? "no runner")}{(job.RunnerId is { } id ? $" #{id}" : "")}</span>");
            }

            html.Append("</div>");
        }

        return html.Append("</div>").ToString();
    }

    private static string Change(DependencyChange change) => $"{change.Name} {change.Old ?? "+"}→{change.New ?? "−"}";
}
