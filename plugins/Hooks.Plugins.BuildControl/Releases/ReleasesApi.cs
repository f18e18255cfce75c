using System.Text.Json.Nodes;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Releases;

/// <summary>
/// <c>api/v1/releases/</c>: reading is public; planning (<c>new/</c>), editing (<c>PUT {id}/</c>), committing,
/// reverting and deleting (only while SCHEDULED) need scope <c>release</c>. Commit and revert run as a job; the answer
/// says it started.
/// </summary>
public static class ReleasesApi
{
    public const string CommitStarted = "Release plan execution has been started";
    public const string RevertStarted = "Release plan revert has been started";

    public static void MapReleasesApi(this IEndpointRouteBuilder endpoints)
    {
        var reading = endpoints.MapGroup("/api/v1/releases").AllowAnonymous();
        reading.MapGet("/", async (BuildControlDb db, CancellationToken ct) =>
        {
            var names = await db.Platforms.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
            var releases = await db.Releases.AsNoTracking().OrderByDescending(r => r.Id).Take(500).ToListAsync(ct);
            return Results.Json(releases.Select(r => ReleaseView.Of(r, names.GetValueOrDefault(r.PlatformId, "?"))).ToArray(), Json.Snake);
        });
        reading.MapGet("/{id:int}/", async (int id, BuildControlDb db, CancellationToken ct) =>
            await db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } release ? await ViewAsync(db, release, ct) : NotFound(id));
        var acting = endpoints.MapGroup("/api/v1/releases").RequireAuthorization(HooksAuthorization.Scope(BuildControlPlugin.ReleaseScope));
        acting.MapPost("/new/", CreateAsync);
        acting.MapPut("/{id:int}/", UpdateAsync);
        acting.MapPost("/{id:int}/commit/", CommitAsync);
        acting.MapPost("/{id:int}/revert/", RevertAsync);
        acting.MapDelete("/{id:int}/", DeleteAsync);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, BuildControlDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, refusal) = await Body.ReadAsync<ReleaseRequest>(http, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (request is not { Builds.Count: > 0, PlatformId: { } platformId })
        {
            return Body.Unprocessable("builds (at least one) and platform_id are required");
        }

        if (await PlatformAsync(db, platformId, cancellationToken) is not { } platform)
        {
            return Answer(StatusCodes.Status404NotFound, $"no platform {platformId}");
        }

        if (await CheckBuildsAsync(db, request.Builds, platform, cancellationToken) is { } reason)
        {
            return Answer(StatusCodes.Status400BadRequest, reason);
        }

        var release = new ReleaseRecord
        {
            PlatformId = platformId,
            BuildIds = Json.Text(request.Builds),
            BuildTaskIds = request.BuildTasks is null ? null : Json.Text(request.BuildTasks),
            Plan = (await ReleasePlanner.PlanAsync(db, platform, request.Builds, request.BuildTasks, cancellationToken)).ToJsonString(),
            CreatedBy = Caller.Of(http.User).Name,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Releases.Add(release);
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, release, cancellationToken);
    }

    private static async Task<IResult> UpdateAsync(int id, HttpContext http, BuildControlDb db, CancellationToken cancellationToken)
    {
        var (request, refusal) = await Body.ReadAsync<ReleaseRequest>(http, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (await db.Releases.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } release)
        {
            return NotFound(id);
        }

        if (release.Status != ReleaseStatus.Scheduled)
        {
            return Answer(StatusCodes.Status409Conflict, $"release {id} is {release.Status.ToString().ToUpperInvariant()}: only a SCHEDULED release can be changed");
        }

        var platform = (await PlatformAsync(db, release.PlatformId, cancellationToken))!;
        if (request.Builds is not null || request.BuildTasks is not null)
        {
            var builds = request.Builds ?? Json.ArrayOf<int>(release.BuildIds).ToList();
            if (await CheckBuildsAsync(db, builds, platform, cancellationToken) is { } reason)
            {
                return Answer(StatusCodes.Status400BadRequest, reason);
            }

            release.BuildIds = Json.Text(builds);
            release.BuildTaskIds = request.BuildTasks is null ? null : Json.Text(request.BuildTasks);
            release.Plan = (await ReleasePlanner.PlanAsync(db, platform, builds, request.BuildTasks, cancellationToken)).ToJsonString();
        }
        else if (request.Plan is { } plan)
        {
            if (PlanProblem(plan) is { } problem)
            {
                return Body.Unprocessable(problem);
            }

            release.Plan = plan.ToJsonString();
        }

        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, release, cancellationToken);
    }

    private static async Task<IResult> CommitAsync(int id, BuildControlDb db, ReleaseJobs jobs, CancellationToken cancellationToken)
    {
        if (await db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } release)
        {
            return NotFound(id);
        }

        var platform = (await PlatformAsync(db, release.PlatformId, cancellationToken))!;
        if (await ReleaseSigning.RefusalAsync(db, release, platform, cancellationToken) is { } refusal)
        {
            return Answer(StatusCodes.Status400BadRequest, "the release cannot be committed: " + refusal);
        }

        return await StartAsync(db, jobs, id, ReleaseAction.Commit, [ReleaseStatus.Scheduled, ReleaseStatus.Failed], CommitStarted, cancellationToken);
    }

    private static Task<IResult> RevertAsync(int id, BuildControlDb db, ReleaseJobs jobs, CancellationToken cancellationToken) =>
        StartAsync(db, jobs, id, ReleaseAction.Revert, [ReleaseStatus.Completed], RevertStarted, cancellationToken);

    /// <summary>Moves the release to IN_PROGRESS only from <paramref name="from"/> (so two calls cannot both start it), then queues its job.</summary>
    private static async Task<IResult> StartAsync(
        BuildControlDb db, ReleaseJobs jobs, int id, ReleaseAction action, ReleaseStatus[] from, string message, CancellationToken cancellationToken)
    {
        int started = await db.Releases.Where(r => r.Id == id && from.Contains(r.Status)).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.Status, ReleaseStatus.InProgress).SetProperty(r => r.Action, action).SetProperty(r => r.Error, (string?)null).SetProperty(r => r.JobId, (string?)null),
            cancellationToken);
        if (started == 0)
        {
            return await db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } current
                ? Answer(StatusCodes.Status409Conflict, $"release {id} is {current.Status.ToString().ToUpperInvariant()}: it cannot be {(action == ReleaseAction.Commit ? "committed" : "reverted")}")
                : NotFound(id);
        }

        string job = jobs.Enqueue(id);
        await db.Releases.Where(r => r.Id == id && r.Status == ReleaseStatus.InProgress).ExecuteUpdateAsync(set => set.SetProperty(r => r.JobId, job), CancellationToken.None);
        var release = await db.Releases.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
        var platform = await db.Platforms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == release.PlatformId, cancellationToken);
        return Results.Json(new { release = ReleaseView.Of(release, platform?.Name ?? "?"), message }, Json.Snake);
    }

    private static async Task<IResult> DeleteAsync(int id, BuildControlDb db, CancellationToken cancellationToken)
    {
        if (await db.Releases.Where(r => r.Id == id && r.Status == ReleaseStatus.Scheduled).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            return Results.NoContent();
        }

        return await db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } release
            ? Answer(StatusCodes.Status409Conflict, $"release {id} is {release.Status.ToString().ToUpperInvariant()}: only a SCHEDULED release can be deleted")
            : NotFound(id);
    }

    private static async Task<string?> CheckBuildsAsync(BuildControlDb db, IReadOnlyList<int> buildIds, PlatformRecord platform, CancellationToken cancellationToken)
    {
        var known = await db.Builds.Where(b => buildIds.Contains(b.Id)).Select(b => b.Id).ToListAsync(cancellationToken);
        if (buildIds.FirstOrDefault(b => !known.Contains(b)) is var missing and > 0)
        {
            return $"no build {missing}";
        }

        var onPlatform = await db.Tasks.Where(t => buildIds.Contains(t.BuildId) && t.PlatformId == platform.Id).Select(t => t.BuildId).Distinct().ToListAsync(cancellationToken);
        return buildIds.FirstOrDefault(b => !onPlatform.Contains(b)) is var elsewhere and > 0 ? $"build {elsewhere} was not built for platform {platform.Name}" : null;
    }

    private static string? PlanProblem(JsonObject plan)
    {
        try
        {
            _ = ReleaseSigning.Copies(plan.ToJsonString());
            return plan["packages"] is JsonArray ? null : "plan.packages: a list is required";
        }
        catch (Exception error) when (error is InvalidOperationException or FormatException)
        {
            return "plan: each package needs package.full_name, package.artifact_href and repositories with names: " + error.Message;
        }
    }

    private static Task<PlatformRecord?> PlatformAsync(BuildControlDb db, int id, CancellationToken cancellationToken) =>
        db.Platforms.AsNoTracking().Include(p => p.Repositories).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    private static async Task<IResult> ViewAsync(BuildControlDb db, ReleaseRecord release, CancellationToken cancellationToken)
    {
        var platform = await db.Platforms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == release.PlatformId, cancellationToken);
        return Results.Json(ReleaseView.Of(release, platform?.Name ?? "?"), Json.Snake);
    }

    private static IResult NotFound(int id) => Answer(StatusCodes.Status404NotFound, $"no release {id}");

    private static IResult Answer(int status, string reason) => Results.Json(new Problem(reason), Json.Snake, statusCode: status);
}
