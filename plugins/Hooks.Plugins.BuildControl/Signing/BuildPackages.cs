using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;

namespace Hooks.Plugins.BuildControl.Signing;

/// <summary>A build's built RPMs: the <c>rpm</c> artifacts of its COMPLETED tasks.</summary>
public static class BuildPackages
{
    public static IQueryable<ArtifactRecord> Of(BuildControlDb db, int buildId) =>
        db.Artifacts.Where(a => a.Type == "rpm" && db.Tasks.Any(t => t.Id == a.TaskId && t.BuildId == buildId && t.Status == BuildTaskStatus.Completed));
}
