using Hooks.Contracts.Forges.GitLab;
using Hooks.Plugins.Badges.Status;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.Badges.Storage;

/// <summary>
/// Stores what a refresh computed: devices (recording each status change), the open issues, the project's identity.
/// History older than the window is dropped but for the change each device entered the window with; a device whose
/// label is gone goes with its history.
/// </summary>
public static class ProjectSnapshot
{
    public static async Task SaveAsync(
        BadgesDb db,
        string key,
        GitLabProject project,
        IReadOnlyList<DeviceState> devices,
        IReadOnlyList<GitLabIssue> openIssues,
        DateTimeOffset now,
        int historyDays,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tracked = await db.Projects.FindAsync([key], cancellationToken) ?? db.Projects.Add(new TrackedProject { Key = key }).Entity;
        tracked.GitLabId = project.Id;
        tracked.Path = project.PathWithNamespace;
        tracked.WebUrl = project.WebUrl;
        tracked.RefreshedAt = now;
        tracked.LastError = null;
        tracked.LastErrorAt = null;

        var known = await db.Devices.Where(device => device.ProjectKey == key).ToListAsync(cancellationToken);
        foreach (var state in devices)
        {
            var device = known.FirstOrDefault(d => string.Equals(d.Label, state.Label, StringComparison.OrdinalIgnoreCase));
            if (device is null)
            {
                device = db.Devices.Add(new TrackedDevice
                {
                    ProjectKey = key,
                    Label = state.Label,
                    Name = state.Name,
                    Colour = state.Colour,
                    Status = state.Status,
                    Since = Earlier(state.ProblemSince, now),
                }).Entity;
                db.StatusChanges.Add(new StatusChange { ProjectKey = key, Label = state.Label, Status = state.Status, At = device.Since });
            }
            else if (device.Status != state.Status)
            {
                device.Status = state.Status;
                device.Since = now;
                db.StatusChanges.Add(new StatusChange { ProjectKey = key, Label = device.Label, Status = state.Status, At = now });
            }

            device.Label = state.Label;
            device.Name = state.Name;
            device.Colour = state.Colour;
            device.Issues = string.Join(',', state.Issues);
        }

        var gone = known.Where(d => !devices.Any(state => string.Equals(d.Label, state.Label, StringComparison.OrdinalIgnoreCase))).ToList();
        db.Devices.RemoveRange(gone);
        await ForgetAsync(db, key, gone, now.AddDays(-historyDays), cancellationToken);
        await db.OpenIssues.Where(issue => issue.ProjectKey == key).ExecuteDeleteAsync(cancellationToken);
        db.OpenIssues.AddRange(openIssues.Select(issue => new OpenIssue
        {
            ProjectKey = key,
            Iid = issue.Iid,
            Title = issue.Title,
            WebUrl = issue.WebUrl,
            Labels = string.Join('\n', issue.Labels),
            Confidential = issue.Confidential,
            CreatedAt = issue.CreatedAt.ToUniversalTime(),
            UpdatedAt = issue.UpdatedAt.ToUniversalTime(),
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ForgetAsync(BadgesDb db, string key, List<TrackedDevice> gone, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var history = await db.StatusChanges.Where(change => change.ProjectKey == key).ToListAsync(cancellationToken);
        foreach (var device in history.GroupBy(change => change.Label, StringComparer.OrdinalIgnoreCase))
        {
            var before = device.Where(change => change.At < cutoff).OrderBy(change => change.At).ToList();
            db.StatusChanges.RemoveRange(gone.Any(d => string.Equals(d.Label, device.Key, StringComparison.OrdinalIgnoreCase))
                ? device
                : before.Take(before.Count - 1));
        }
    }

    private static DateTimeOffset Earlier(DateTimeOffset? problemSince, DateTimeOffset now) =>
        problemSince is { } since && since < now ? since.ToUniversalTime() : now;
}
