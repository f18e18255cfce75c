using System.Text.Json.Nodes;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Releases;

/// <summary>
/// Whether a release may go into its platform: every build of it signed, and every planned package signed with a key
/// that signs for the target platform. The reason it may not, or null.
/// </summary>
public static class ReleaseSigning
{
    public static async Task<string?> RefusalAsync(BuildControlDb db, ReleaseRecord release, PlatformRecord platform, CancellationToken cancellationToken)
    {
        var buildIds = Json.ArrayOf<int>(release.BuildIds);
        var unsigned = await db.Builds.AsNoTracking().Where(b => buildIds.Contains(b.Id) && !b.IsSigned).Select(b => b.Id).ToListAsync(cancellationToken);
        if (unsigned.Count > 0)
        {
            return $"build {string.Join(", ", unsigned)} is not signed";
        }

        var keys = await db.SignKeys.AsNoTracking().ToListAsync(cancellationToken);
        var platformKeys = keys.Where(k => Json.ArrayOf<int>(k.PlatformIds).Contains(platform.Id)).Select(k => k.Id).ToHashSet();
        var artifactIds = Copies(release.Plan).Select(c => c.ArtifactId).Distinct().ToList();
        var artifacts = await db.Artifacts.AsNoTracking().Where(a => artifactIds.Contains(a.Id)).ToListAsync(cancellationToken);
        if (artifactIds.FirstOrDefault(id => artifacts.All(a => a.Id != id)) is var missing and > 0)
        {
            return $"artifact {missing} of the plan is gone";
        }

        return artifacts.FirstOrDefault(a => a.SignKeyId is not { } key || !platformKeys.Contains(key)) is { } wrong
            ? $"{wrong.Name} is not signed with a key of platform {platform.Name}"
            : null;
    }

    /// <summary>The plan's packages, each once per repository it goes to.</summary>
    /// <exception cref="InvalidOperationException">A package lacks its file name, href or repository names.</exception>
    public static IReadOnlyList<PlannedCopy> Copies(string plan) =>
        [.. from entry in Json.ObjectOf(plan)["packages"] as JsonArray ?? []
            let package = entry?["package"] as JsonObject ?? throw new InvalidOperationException("a package entry has no package")
            from repository in entry!["repositories"] as JsonArray ?? []
            select new PlannedCopy(
                package["artifact_id"]?.GetValue<int>() ?? 0,
                Text(package, "full_name"),
                Text(package, "artifact_href"),
                package["sha256"]?.GetValue<string>(),
                package["build_id"]?.GetValue<int>() ?? 0,
                Text(repository as JsonObject, "name"))];

    private static string Text(JsonObject? node, string name) =>
        node?[name]?.GetValue<string>() ?? throw new InvalidOperationException($"{name} is missing");
}
