using System.Text.Json;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Planning;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>Checks a build request, plans its tasks and stores the build with its tasks and their dependencies at once.</summary>
public sealed class BuildCreator(BuildControlDb db, TimeProvider clock, BuildControlMetrics metrics)
{
    public async Task<BuildRecord> CreateAsync(BuildCreateRequest request, string createdBy, string? email, string? deliveryId, CancellationToken cancellationToken)
    {
        if (request.Platforms is not { Count: > 0 } platforms)
        {
            throw new BuildRequestException("platforms: give at least one platform");
        }

        if (request.Tasks is not { Count: > 0 } refs)
        {
            throw new BuildRequestException("tasks: give at least one ref to build");
        }

        var names = platforms.Select(p => p.Name ?? "").ToList();
        var known = await db.Platforms.AsNoTracking().Where(p => names.Contains(p.Name)).ToDictionaryAsync(p => p.Name, cancellationToken);
        var plans = new List<PlatformPlan>();
        foreach (var platform in platforms)
        {
            if (platform.Name is not { Length: > 0 } name || !known.TryGetValue(name, out var record))
            {
                throw new BuildRequestException($"platforms: no platform named '{platform.Name}'");
            }

            var own = Json.ArrayOf<string>(record.ArchList);
            var arches = platform.ArchList is { Count: > 0 } asked ? asked : [.. own];
            if (arches.FirstOrDefault(a => !Arches.Known.Contains(a) || !own.Contains(a)) is { } wrong)
            {
                throw new BuildRequestException($"platforms: {name} has no architecture '{wrong}' (it has {string.Join(", ", own)})");
            }

            plans.Add(new PlatformPlan(name, arches, platform.IndependentTasks ?? false));
        }

        var parsedRefs = refs.Select(ParseRef).ToList();
        var now = clock.GetUtcNow();
        var build = new BuildRecord
        {
            CreatedAt = now,
            CreatedBy = createdBy,
            CreatedByEmail = email,
            MockOptions = request.MockOptions?.ToJsonString(),
            LinkedBuilds = Json.Text(request.LinkedBuilds ?? []),
            IsSecureBoot = request.IsSecureBoot ?? false,
            SkipTests = request.SkipTests ?? false,
            DeliveryId = deliveryId,
        };
        var planned = BuildPlanner.Plan(refs.Count, plans);
        var tasks = planned.Select(p => NewTask(p, parsedRefs[p.Index], known[p.Platform].Id, build.IsSecureBoot)).ToList();
        build.Tasks.AddRange(tasks);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Builds.Add(build);
        await db.SaveChangesAsync(cancellationToken);
        db.Dependencies.AddRange(planned.SelectMany(p => p.DependsOn.Select(d => new DependencyRecord { TaskId = tasks[p.Position].Id, DependsOnId = tasks[d].Id })));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        metrics.BuildCreated(tasks.Count);
        return build;
    }

    private static TaskRecord NewTask(PlannedTask planned, ParsedRef source, int platformId, bool secureBoot) => new()
    {
        PlatformId = platformId,
        Index = planned.Index,
        Arch = planned.Arch,
        Status = BuildTaskStatus.Idle,
        RefUrl = source.Url,
        GitRef = source.GitRef,
        RefType = source.RefType,
        GitCommitHash = source.GitCommitHash,
        MockOptions = source.MockOptions,
        IsSecureBoot = secureBoot,
    };

    private static ParsedRef ParseRef(BuildRefRequest task, int index)
    {
        if (task.Url is not { Length: > 0 } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new BuildRequestException($"tasks[{index}].url: an http(s) URL is needed, not '{task.Url}'");
        }

        return new ParsedRef(url, task.GitRef, RefTypeOf(task.RefType, index), task.GitCommitHash, task.MockOptions?.ToJsonString());
    }

    private static RefType RefTypeOf(JsonElement? value, int index) => value switch
    {
        null or { ValueKind: JsonValueKind.Null } => RefType.GitBranch,
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt32(out int n) && Enum.IsDefined((RefType)n) => (RefType)n,
        { ValueKind: JsonValueKind.String } text when text.GetString() is { } name && Enum.TryParse<RefType>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) => parsed,
        _ => throw new BuildRequestException($"tasks[{index}].ref_type: 1 (git_branch), 2 (git_tag), 3 (srpm_url) or 4 (git_ref), not {value}"),
    };

    private sealed record ParsedRef(string Url, string? GitRef, RefType RefType, string? GitCommitHash, string? MockOptions);
}
