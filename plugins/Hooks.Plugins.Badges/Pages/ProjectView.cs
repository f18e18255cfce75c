using Hooks.Plugins.Badges.Projects;
using Hooks.Plugins.Badges.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.Badges.Pages;

/// <summary>Everything a project's page shows, read from the plugin's storage, with the lookups a page of many devices needs.</summary>
public sealed class ProjectView
{
    private readonly Dictionary<long, OpenIssue> _issues;
    private readonly ILookup<string, StatusChange> _changesByLabel;

    public ProjectView(
        BadgeProject project, TrackedProject? tracked, IReadOnlyList<TrackedDevice> devices, IReadOnlyList<OpenIssue> openIssues, IReadOnlyList<StatusChange> changes, DateTimeOffset now)
    {
        Project = project;
        Tracked = tracked;
        Devices = devices;
        Changes = changes;
        Now = now;
        _issues = openIssues.ToDictionary(issue => issue.Iid);
        _changesByLabel = changes.ToLookup(change => change.Label, StringComparer.OrdinalIgnoreCase);
    }

    public BadgeProject Project { get; }

    public TrackedProject? Tracked { get; }

    public IReadOnlyList<TrackedDevice> Devices { get; }

    public IReadOnlyList<StatusChange> Changes { get; }

    public DateTimeOffset Now { get; }

    public string Title => Tracked?.Path ?? Project.Key;

    public static async Task<ProjectView> LoadAsync(BadgesDb db, BadgeProject project, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string key = project.Key;
        var tracked = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Key == key, cancellationToken);
        var devices = await db.Devices.AsNoTracking().Where(d => d.ProjectKey == key).ToListAsync(cancellationToken);
        var issues = await db.OpenIssues.AsNoTracking().Where(i => i.ProjectKey == key).ToListAsync(cancellationToken);
        var changes = await db.StatusChanges.AsNoTracking().Where(c => c.ProjectKey == key).ToListAsync(cancellationToken);
        return new ProjectView(project, tracked, devices, issues, changes, now);
    }

    /// <summary>One device by its name (or whole label), without regard to case; reads nothing else of the project.</summary>
    public static async Task<TrackedDevice?> DeviceAsync(BadgesDb db, BadgeProject project, string name, CancellationToken cancellationToken)
    {
        string key = project.Key;
        var devices = await db.Devices.AsNoTracking().Where(d => d.ProjectKey == key).ToListAsync(cancellationToken);
        return Find(devices, name);
    }

    public DeviceHistory History(TrackedDevice device) => new(_changesByLabel[device.Label], Now);

    public IEnumerable<OpenIssue> IssuesOf(TrackedDevice device) =>
        device.IssueNumbers.Select(iid => _issues.GetValueOrDefault(iid)).OfType<OpenIssue>().OrderByDescending(issue => issue.UpdatedAt);

    private static TrackedDevice? Find(IReadOnlyList<TrackedDevice> devices, string name) =>
        devices.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? devices.FirstOrDefault(d => string.Equals(d.Label, name, StringComparison.OrdinalIgnoreCase));
}
