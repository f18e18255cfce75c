using System.Text.Json.Nodes;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Configuration;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.BuildControl.TestTasks;

/// <summary>
/// Makes what ALTS reads for each test task: the platform's test distribution, the package, where to post the result
/// (relative to the plugin's API root) and the repositories to install from: the build's own and its linked builds'
/// (when <c>ArtifactBaseUrl</c> says where build repositories are), then the platform's of that architecture.
/// </summary>
public sealed class TestTaskPayloads(BuildControlDb db, IOptions<BuildControlOptions> options)
{
    public const string RunnerType = "docker";

    public async Task<IReadOnlyList<TestTaskPayload>> ForAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var tests = await db.TestTasks.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var taskIds = tests.Select(t => t.BuildTaskId).Distinct().ToList();
        var tasks = await db.Tasks.AsNoTracking().Include(t => t.Platform!).ThenInclude(p => p.Repositories)
            .Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var buildIds = tasks.Values.Select(t => t.BuildId).Distinct().ToList();
        var builds = await db.Builds.AsNoTracking().Where(b => buildIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        return [.. tests.Select(test =>
        {
            var task = tasks[test.BuildTaskId];
            var platform = task.Platform!;
            var build = builds[task.BuildId];
            var repositories = new[] { build.Id }.Concat(Json.ArrayOf<int>(build.LinkedBuilds)).SelectMany(id => BuildRepositories(platform.Name, test.EnvArch, id))
                .Concat(platform.Repositories.Where(r => r.Arch == test.EnvArch && r.Type == "rpm").OrderBy(r => r.Id).Select(r => new TestRepository(r.Name, r.Url)))
                .ToList();
            return new TestTaskPayload(
                test.Id,
                RunnerType,
                platform.TestDistName ?? platform.DistrType ?? platform.Name,
                platform.DistrVersion,
                test.EnvArch,
                test.PackageName,
                test.PackageRelease is null ? test.PackageVersion : $"{test.PackageVersion}-{test.PackageRelease}",
                $"/api/v1/tests/{test.Id}/result/",
                repositories,
                null,
                null,
                null,
                new JsonObject { ["tests"] = new JsonArray(), ["test_env"] = null });
        })];
    }

    private IEnumerable<TestRepository> BuildRepositories(string platform, string arch, int buildId)
    {
        if (options.Value.ArtifactBaseUrl is not { Length: > 0 } baseUrl)
        {
            yield break;
        }

        string name = $"{platform}-{arch}-{buildId}-br";
        yield return new TestRepository(name, $"{baseUrl.TrimEnd('/')}/builds/{name}/");
    }
}
