using Hooks.Contracts.Plugins;
using Hooks.Plugins.PackageBuilds.Configuration;
using Hooks.Plugins.PackageBuilds.Pages;
using Hooks.Plugins.PackageBuilds.Queueing;
using Hooks.Plugins.PackageBuilds.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Plugins.PackageBuilds.Api;

/// <summary>
/// Under <c>/plugins/package-builds</c>: the builds page and a page per build; <c>GET api/builds</c> and
/// <c>GET api/builds/{id}</c>; <c>POST api/builds</c> (<c>{repository, branch?}</c>) to build by hand and
/// <c>POST api/builds/{id}/cancel</c>, both with a token of scope <c>package-builds</c>. Reading is the admin's, or
/// everyone's when <c>Hooks:RunLogs:Public</c> makes build logs public.
/// </summary>
public static class BuildsApi
{
    private const int MaxListed = 500;

    public static void MapBuildsApi(this IEndpointRouteBuilder endpoints)
    {
        var reading = endpoints.MapGroup("");
        if (endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<bool>("Hooks:RunLogs:Public"))
        {
            reading.AllowAnonymous();
        }

        reading.MapGet("/", ListPageAsync);
        reading.MapGet("/builds/{id:guid}", BuildPageAsync);
        reading.MapGet("/api/builds", ListAsync);
        reading.MapGet("/api/builds/{id:guid}", GetAsync);
        var acting = endpoints.MapGroup("/api/builds").RequireAuthorization(HooksAuthorization.Scope(PackageBuildsPlugin.Scope));
        acting.MapPost("", TriggerAsync);
        acting.MapPost("/{id:guid}/cancel", CancelAsync);
    }

    private static async Task<Results<Ok<BuildView[]>, BadRequest<ProblemMessage>>> ListAsync(
        string? repository, string? status, int? limit, BuildsDb db, CancellationToken cancellationToken)
    {
        if (status is { Length: > 0 } && !Enum.TryParse<BuildStatus>(status, ignoreCase: true, out _))
        {
            return TypedResults.BadRequest(new ProblemMessage($"status '{status}' is none of {string.Join(", ", Enum.GetNames<BuildStatus>().Select(n => n.ToLowerInvariant()))}"));
        }

        return TypedResults.Ok((await Newest(db, repository, status, limit ?? 100).ToListAsync(cancellationToken)).Select(BuildView.Of).ToArray());
    }

    private static async Task<Results<Ok<BuildView>, NotFound<ProblemMessage>>> GetAsync(Guid id, BuildsDb db, CancellationToken cancellationToken) =>
        await db.Builds.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken) is { } build
            ? TypedResults.Ok(BuildView.Of(build))
            : NotFound(id);

    private static async Task<Results<Accepted<BuildView[]>, BadRequest<ProblemMessage>>> TriggerAsync(
        TriggerRequest? request, HttpContext http, BuildRequests requests, CancellationToken cancellationToken)
    {
        if (request?.Repository is not { Length: > 0 } repository)
        {
            return TypedResults.BadRequest(new ProblemMessage("give the repository to build: {\"repository\": \"name\", \"branch\": \"optional\"}"));
        }

        try
        {
            string who = http.User.Identity?.Name ?? "someone with a token";
            var builds = await requests.ManualAsync(repository, request.Branch is { Length: > 0 } branch ? branch : null, who, cancellationToken);
            return TypedResults.Accepted($"/plugins/{PackageBuildsPlugin.Id}/api/builds", builds.Select(BuildView.Of).ToArray());
        }
        catch (BuildRequestException error)
        {
            return TypedResults.BadRequest(new ProblemMessage(error.Message));
        }
        catch (Hooks.Contracts.Platform.WorkspaceException error)
        {
            return TypedResults.BadRequest(new ProblemMessage($"the repository's default branch could not be read: {error.Message}"));
        }
    }

    private static async Task<Results<Ok<BuildView>, Accepted<BuildView>, NotFound<ProblemMessage>, Conflict<ProblemMessage>>> CancelAsync(
        Guid id, BuildsDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        int cancelled = await db.Builds.Where(b => b.Id == id && b.Status == BuildStatus.Queued).ExecuteUpdateAsync(set => set
            .SetProperty(b => b.Status, BuildStatus.Cancelled)
            .SetProperty(b => b.CancelRequested, true)
            .SetProperty(b => b.Reason, "cancelled before it started")
            .SetProperty(b => b.FinishedAt, now), cancellationToken);
        if (cancelled == 0)
        {
            await db.Builds.Where(b => b.Id == id && b.Status == BuildStatus.Running)
                .ExecuteUpdateAsync(set => set.SetProperty(b => b.CancelRequested, true), cancellationToken);
        }

        var build = await db.Builds.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        return build switch
        {
            null => NotFound(id),
            { Status: BuildStatus.Running } => TypedResults.Accepted(BuildView.Of(build).Page, BuildView.Of(build)),
            { Status: BuildStatus.Cancelled } when cancelled == 1 => TypedResults.Ok(BuildView.Of(build)),
            _ => TypedResults.Conflict(new ProblemMessage($"build {id:D} is already over ({build.Status.ToString().ToLowerInvariant()})")),
        };
    }

    private static async Task<ContentHttpResult> ListPageAsync(string? repository, string? status, BuildsDb db, BuildSettings settings, IPageLayout layout, CancellationToken cancellationToken)
    {
        var builds = await Newest(db, repository, status, MaxListed).ToListAsync(cancellationToken);
        return Html(BuildsPage.Render(builds, settings.Config, layout));
    }

    private static async Task<Results<ContentHttpResult, NotFound<ProblemMessage>>> BuildPageAsync(Guid id, BuildsDb db, IPageLayout layout, CancellationToken cancellationToken) =>
        await db.Builds.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken) is { } build
            ? Html(BuildPage.Render(build, layout))
            : NotFound(id);

    private static IQueryable<BuildRecord> Newest(BuildsDb db, string? repository, string? status, int limit)
    {
        var builds = db.Builds.AsNoTracking();
        if (repository is { Length: > 0 })
        {
            builds = builds.Where(b => b.Repository == repository);
        }

        if (Enum.TryParse<BuildStatus>(status, ignoreCase: true, out var wanted))
        {
            builds = builds.Where(b => b.Status == wanted);
        }

        return builds.OrderByDescending(b => b.CreatedAt).Take(Math.Clamp(limit, 1, MaxListed));
    }

    private static ContentHttpResult Html(string page) => TypedResults.Content(page, "text/html; charset=utf-8");

    private static NotFound<ProblemMessage> NotFound(Guid id) => TypedResults.NotFound(new ProblemMessage($"no build {id:D}"));
}
