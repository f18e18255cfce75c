using Hooks.Plugins.Badges.Projects;
using Hooks.Plugins.Badges.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.Badges.Pages;

/// <summary>Everything a project's page shows, read from the plugin's storage.</summary>
public sealed record ProjectView(
    BadgeProject Project,
    TrackedProject? Tracked,
    IReadOnlyList<TrackedDevice> Devices,
    IReadOnlyList<OpenIssue> OpenIssues,
    IReadOnlyList<StatusChange> Changes,
    DateTimeOffset Now)
{
    public static async Task<ProjectView> LoadAsync(BadgesDb db, BadgeProject project, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string key = project.Key;
        var tracked = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Key == key, cancellationToken);
        var devices = await db.Devices.AsNoTracking().Where(d => d.ProjectKey == key).ToListAsync(cancellationToken);
        var issues = await db.OpenIssues.AsNoTracking().Where(i => i.ProjectKey == key).ToListAsync(cancellationToken);
        var changes = await db.StatusChanges.AsNoTracking().Where(c => c.ProjectKey == key).ToListAsync(cancellationToken);
        return new ProjectView(project, tracked, devices, issues, changes, now);
    }

    public string Title => Tracked?.Path ?? Project.Key;

    public TrackedDevice? Device(string name) =>
        Devices.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? Devices.FirstOrDefault(d => string.Equals(d.Label, name, StringComparison.OrdinalIgnoreCase));

    public DeviceHistory History(TrackedDevice device) =>
        new(Changes.Where(c => string.Equals(c.Label, device.Label, StringComparison.OrdinalIgnoreCase)), Now);

    public IEnumerable<OpenIssue> IssuesOf(TrackedDevice device) =>
        device.IssueNumbers.Select(iid => OpenIssues.FirstOrDefault(issue => issue.Iid == iid)).OfType<OpenIssue>().OrderByDescending(issue => issue.UpdatedAt);
}
