using System.Text.Json.Nodes;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Releases;

/// <summary>
/// Plans a release: every built RPM of the builds' COMPLETED tasks on the target platform (only the tasks named, when
/// some are), each with the platform's production repositories it goes to: its architecture's (debug packages to the
/// debug ones), every architecture's for <c>noarch</c>, the <c>src</c> ones for sources. A package built on several
/// architectures (<c>noarch</c>) is planned once.
/// </summary>
public static class ReleasePlanner
{
    public static async Task<JsonObject> PlanAsync(BuildControlDb db, PlatformRecord platform, IReadOnlyList<int> buildIds, IReadOnlyList<int>? taskIds, CancellationToken cancellationToken)
    {
        var tasks = await db.Tasks.AsNoTracking().Include(t => t.Artifacts)
            .Where(t => buildIds.Contains(t.BuildId) && t.PlatformId == platform.Id && t.Status == BuildTaskStatus.Completed)
            .Where(t => taskIds == null || taskIds.Contains(t.Id))
            .OrderBy(t => t.BuildId).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var production = platform.Repositories.Where(r => r.Production).OrderBy(r => r.Id).ToList();
        var arches = Json.ArrayOf<string>(platform.ArchList);
        var packages = new JsonArray();
        var planned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            foreach (var artifact in task.Artifacts.Where(a => a.Type == "rpm").OrderBy(a => a.Id))
            {
                if (RpmName.Parse(artifact.Name) is not { } rpm || !planned.Add(artifact.Name))
                {
                    continue;
                }

                var repositories = production.Where(r => Takes(r, rpm, arches)).ToList();
                packages.Add(new JsonObject
                {
                    ["package"] = new JsonObject
                    {
                        ["artifact_id"] = artifact.Id,
                        ["name"] = rpm.Name,
                        ["epoch"] = 0,
                        ["version"] = rpm.Version,
                        ["release"] = rpm.Release,
                        ["arch"] = rpm.Arch,
                        ["sha256"] = artifact.Sha256,
                        ["build_id"] = task.BuildId,
                        ["artifact_href"] = artifact.Href,
                        ["full_name"] = artifact.Name,
                        ["task_arch"] = task.Arch,
                        ["force"] = false,
                    },
                    ["repositories"] = new JsonArray([.. repositories.Select(r => (JsonNode)Repository(r))]),
                    ["repo_arch_location"] = new JsonArray([.. repositories.Select(r => r.Arch).Distinct().Select(a => (JsonNode)a)]),
                });
            }
        }

        return new JsonObject
        {
            ["packages"] = packages,
            ["repositories"] = new JsonArray([.. production.Select(r => (JsonNode)Repository(r))]),
            ["modules"] = new JsonArray(),
            ["last_log"] = null,
        };
    }

    private static bool Takes(RepositoryRecord repository, RpmName rpm, IReadOnlyList<string> arches) => rpm switch
    {
        { IsSource: true } => repository.Arch == Arches.Src,
        { Arch: "noarch" } => !repository.Debug && arches.Contains(repository.Arch),
        _ => repository.Arch == rpm.Arch && repository.Debug == rpm.IsDebug,
    };

    private static JsonObject Repository(RepositoryRecord repository) => new()
    {
        ["id"] = repository.Id,
        ["name"] = repository.Name,
        ["arch"] = repository.Arch,
        ["debug"] = repository.Debug,
        ["url"] = repository.Url,
    };
}
