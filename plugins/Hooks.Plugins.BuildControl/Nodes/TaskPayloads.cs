using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Configuration;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.BuildControl.Nodes;

/// <summary>
/// Makes the answer to <c>get_task</c>: the platform's data with the build's then the task's mock options applied, and the
/// repositories of the task's architecture (for a <c>src</c> task, the node's first real architecture): the platform's,
/// the build's own and its linked builds' (when <c>ArtifactBaseUrl</c> says where build repositories are).
/// </summary>
public sealed class TaskPayloads(BuildControlDb db, IOptions<BuildControlOptions> options)
{
    public async Task<TaskPayload> ForAsync(int taskId, IReadOnlyList<string> supportedArches, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.AsNoTracking().Include(t => t.Platform!).ThenInclude(p => p.Repositories).SingleAsync(t => t.Id == taskId, cancellationToken);
        var build = await db.Builds.AsNoTracking().SingleAsync(b => b.Id == task.BuildId, cancellationToken);
        var platform = task.Platform!;
        var data = Json.ObjectOf(platform.Data);
        // albs-node indexes data.mock without looking: a platform defined without it still gets one.
        data["mock"] ??= new System.Text.Json.Nodes.JsonObject();
        MockOptions.Apply(data, Json.ObjectOf(build.MockOptions));
        MockOptions.Apply(data, Json.ObjectOf(task.MockOptions));
        if (task.IsSecureBoot)
        {
            MockOptions.ApplySecureBoot(data);
        }

        var linked = Json.ArrayOf<int>(build.LinkedBuilds);
        string? repositoryArch = task.Arch == Arches.Src ? supportedArches.FirstOrDefault(a => a != Arches.Src) : task.Arch;
        var repositories = platform.Repositories
            .Where(r => r.Arch == repositoryArch && r.Type != "build_log")
            .Select(r => new TaskRepository(r.Name, r.Url, r.Priority, r.MockEnabled))
            .Concat(repositoryArch is null ? [] : new[] { build.Id }.Concat(linked).SelectMany(id => BuildRepositories(platform.Name, repositoryArch, id)))
            .ToList();
        return new TaskPayload(
            task.Id,
            task.BuildId,
            task.Arch,
            new TaskRef(task.RefUrl, task.GitRef, (int)task.RefType, task.GitCommitHash),
            new TaskPlatform(platform.Name, platform.Type, data),
            new TaskOwner(build.CreatedBy, build.CreatedByEmail ?? ""),
            repositories,
            task.BuiltSrpmUrl,
            task.BuiltSrpmUrl is null ? null : task.SrpmHash,
            task.IsSecureBoot,
            task.AlmaCommitCasHash,
            task.IsCasAuthenticated,
            linked);
    }

    private IEnumerable<TaskRepository> BuildRepositories(string platform, string arch, int buildId)
    {
        if (options.Value.ArtifactBaseUrl is not { Length: > 0 } baseUrl)
        {
            yield break;
        }

        foreach (string name in new[] { $"{platform}-{arch}-{buildId}-br", $"{platform}-{arch}-{buildId}-debug-br" })
        {
            yield return new TaskRepository(name, $"{baseUrl.TrimEnd('/')}/builds/{name}/", 10, true);
        }
    }
}
