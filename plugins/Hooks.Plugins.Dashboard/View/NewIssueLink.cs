using System.Globalization;
using System.Text;
using Hooks.Contracts.Events;

namespace Hooks.Plugins.Dashboard.View;

/// <summary>
/// The forge's new-issue form, prefilled as the original did: the title left empty, the description starting with
/// <c>/label ~nightly</c>, then the job, its status and date, each error in a code block, and the dependency changes
/// against the same job the night before. GitHub and Gitea get <c>/issues/new?title=&amp;body=</c> with the label as <c>labels=</c>.
/// </summary>
public static class NewIssueLink
{
    public static string? For(Forge forge, string? projectUrl, JobDetailsView job, string label)
    {
        if (projectUrl is null)
        {
            return null;
        }

        var text = new StringBuilder();
        if (forge == Forge.GitLab)
        {
            text.Append("/label ~").Append(label).Append("\n\n");
        }

        string day = job.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "an unknown day";
        text.Append(CultureInfo.InvariantCulture, $"Nightly job [`{job.Name}`]({job.Url}) {job.Status} on {day}.\n");
        foreach (var error in job.Shown)
        {
            text.Append("\n```\n").Append(error.Text.TrimEnd()).Append("\n```\n");
        }

        if (job.DependencyChanges is { Count: > 0 } changes && job.Previous is { } previous)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nDependency changes against the [previous day]({previous.Url}) ({previous.Status}):\n");
            foreach (var change in changes)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {change.Name}: {change.Old ?? "(none)"} → {change.New ?? "(removed)"}\n");
            }
        }

        string body = Uri.EscapeDataString(text.ToString());
        string root = projectUrl.TrimEnd('/');
        return forge == Forge.GitLab
            ? $"{root}/-/issues/new?issue[title]=&issue[description]={body}"
            : $"{root}/issues/new?title=&labels={Uri.EscapeDataString(label)}&body={body}";
    }
}
