using System.Globalization;
using System.Text;
using Hooks.Plugins.Dashboard.View;
using static Hooks.Plugins.Dashboard.Pages.Html;

namespace Hooks.Plugins.Dashboard.Pages;

/// <summary>A job's details: full name, runner, the errors found, dependency changes against the night before, and "New issue".</summary>
public static class JobDetailsHtml
{
    public static string Render(JobDetailsView job, string basePath)
    {
        var html = new StringBuilder();
        string day = job.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"job-details\" data-job=\"{job.Id}\"><button type=\"button\" class=\"close\">close</button><h2><a href=\"{E(job.Url)}\">{E(job.Name)}</a></h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(job.Project)} · <span class=\"status\">{E(job.Status)}{(job.AllowFailure ? " (allowed to fail)" : "")}</span> · {day} · <a href=\"{E(job.PipelineUrl)}\">pipeline #{job.PipelineId}</a></p>");
        html.Append("<p class=\"runner\">").Append(job.Runner is null ? "No runner info" : $"Runner: {E(job.Runner)} #{job.RunnerId}").Append("</p>");
        html.Append("<h3>Errors found</h3>");
        if (job.Shown.Count > 0)
        {
            html.Append("<ul class=\"errors\">");
            foreach (var error in job.Shown)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><pre>{E(error.Text)}</pre><span class=\"muted\">{E(error.Pattern)} ({error.Kind.ToString().ToLowerInvariant()})</span></li>");
            }

            html.Append("</ul>");
        }
        else
        {
            html.Append("<p class=\"no-errors\">").Append(job.Log == "Classified" ? "No known error pattern was found." : $"The log is not classified ({E(job.Log)}).").Append("</p>");
        }

        foreach (string problem in job.Problems)
        {
            html.Append("<p class=\"error problem\">").Append(E(problem)).Append("</p>");
        }

        html.Append("<h3>Dependency changes</h3>");
        html.Append(Changes(job));
        if (job.NewIssueUrl is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><a class=\"new-issue\" href=\"{E(job.NewIssueUrl)}\" target=\"_blank\" rel=\"noopener\">New issue</a> · <a href=\"{basePath}/api/jobs/{job.Id}\">JSON</a></p>");
        }

        return html.Append("</section>").ToString();
    }

    private static string Changes(JobDetailsView job)
    {
        if (job.Previous is null)
        {
            return "<p class=\"deps muted\">No job of this name the night before.</p>";
        }

        string before = $"against the <a href=\"{E(job.Previous.Url)}\">previous day</a> ({E(job.Previous.Status)})";
        if (job.DependencyChanges is null)
        {
            return $"<p class=\"deps muted\">No dependency list to compare {before}.</p>";
        }

        if (job.DependencyChanges.Count == 0)
        {
            return $"<p class=\"deps\">None {before}.</p>";
        }

        var html = new StringBuilder($"<p>{before}:</p><table class=\"deps\"><thead><tr><th>dependency</th><th>before</th><th>now</th></tr></thead><tbody>");
        foreach (var change in job.DependencyChanges)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(change.Name)}</td><td>{E(change.Old ?? "—")}</td><td>{E(change.New ?? "—")}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}
