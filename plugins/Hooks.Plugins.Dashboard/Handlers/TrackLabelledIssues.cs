using System.Text.Json;
using Hooks.Contracts.Events;
using Hooks.Plugins.Dashboard.Jobs;
using Hooks.Plugins.Dashboard.Live;
using Hooks.Plugins.Dashboard.Scope;
using Hooks.Plugins.Dashboard.Storage;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Dashboard.Handlers;

/// <summary>
/// Keeps a watched project's open issues with <c>IssueLabel</c> current between backfills: an issue opened, relabelled,
/// closed or reopened is added or removed. Confidential issues are never listed (the page is public).
/// </summary>
public sealed class TrackLabelledIssues(ProjectScope scope, DashboardDb db, IOptions<DashboardOptions> options, DashboardSignal signal)
    : INotificationHandler<Issue>
{
    public async Task Handle(Issue notification, CancellationToken cancellationToken)
    {
        if (notification.Repository is not { } repository || scope.GroupOf(notification.Source, repository.FullName) is null)
        {
            return;
        }

        var project = await db.Projects.FirstOrDefaultAsync(p => p.Source == notification.Source && p.Path == repository.FullName, cancellationToken)
            ?? db.Projects.Add(new StoredProject { Source = notification.Source, Path = repository.FullName, ForgeId = repository.Id, WebUrl = repository.WebUrl }).Entity;
        var issues = StoredJson.Issues(project).Where(i => i.Iid != notification.Number).ToList();
        bool listed = notification.State == "open"
            && notification.EventName != "Confidential Issue Hook"
            && notification.Labels.Contains(options.Value.IssueLabel, StringComparer.OrdinalIgnoreCase);
        if (listed)
        {
            issues.Add(new LabelledIssue(notification.Number, notification.Title, notification.Url ?? $"{repository.WebUrl}/-/issues/{notification.Number}"));
        }

        project.Issues = JsonSerializer.Serialize(issues.OrderBy(i => i.Iid).ToList(), FetchLogJob.Json);
        await db.SaveChangesAsync(cancellationToken);
        signal.Changed();
    }
}
