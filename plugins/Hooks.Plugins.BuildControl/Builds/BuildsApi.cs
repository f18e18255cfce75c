using Hooks.Contracts.Plugins;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>
/// <c>api/v1/builds/</c> as the original: reading is public; creating, restarting, cancelling and removing need a token
/// of scope <c>build-control</c>.
/// </summary>
public static class BuildsApi
{
    public const int PageSize = 10;

    public static void MapBuildsApi(this IEndpointRouteBuilder endpoints)
    {
        var reading = endpoints.MapGroup("/api/v1/builds").AllowAnonymous();
        reading.MapGet("/", ListAsync);
        reading.MapGet("/{id:int}/", GetAsync);
        var acting = endpoints.MapGroup("/api/v1/builds").RequireAuthorization(HooksAuthorization.Scope(BuildControlPlugin.UserScope));
        acting.MapPost("/", CreateAsync);
        acting.MapPatch("/{id:int}/restart-failed", (int id, BuildActions actions, BuildControlDb db, CancellationToken ct) => ActAsync(id, db, () => actions.RestartFailedAsync(id, parallel: false, ct), ct));
        acting.MapPatch("/{id:int}/parallel-restart-failed", (int id, BuildActions actions, BuildControlDb db, CancellationToken ct) => ActAsync(id, db, () => actions.RestartFailedAsync(id, parallel: true, ct), ct));
        acting.MapPatch("/{id:int}/cancel", (int id, BuildActions actions, BuildControlDb db, CancellationToken ct) => ActAsync(id, db, () => actions.CancelAsync(id, ct), ct));
        acting.MapDelete("/{id:int}/remove", async (int id, BuildActions actions, CancellationToken ct) =>
            await actions.RemoveAsync(id, ct) ? Results.NoContent() : NotFound(id));
    }

    private static async Task<IResult> ListAsync(
        int? pageNumber, string? project, string? @ref, string? platform, string? arch, bool? running, BuildControlDb db, CancellationToken cancellationToken)
    {
        var builds = new BuildFilter(project, @ref, platform, arch, running).Apply(BuildQuery.Full(db)).OrderByDescending(b => b.Id);
        if (pageNumber is not { } page)
        {
            var all = await builds.Take(500).ToListAsync(cancellationToken);
            return Results.Json(all.Select(BuildView.Of).ToArray(), Json.Snake);
        }

        int total = await new BuildFilter(project, @ref, platform, arch, running).Apply(db.Builds).CountAsync(cancellationToken);
        var shown = await builds.Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return Results.Json(new BuildPage([.. shown.Select(BuildView.Of)], total, Math.Max(page, 1)), Json.Snake);
    }

    private static async Task<IResult> GetAsync(int id, BuildControlDb db, CancellationToken cancellationToken) =>
        await BuildQuery.FindAsync(db, id, cancellationToken) is { } build ? Results.Json(BuildView.Of(build), Json.Snake) : NotFound(id);

    private static async Task<IResult> CreateAsync(HttpContext http, BuildCreator creator, BuildControlDb db, CancellationToken cancellationToken)
    {
        var (request, refusal) = await Body.ReadAsync<BuildCreateRequest>(http, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        try
        {
            var build = await creator.CreateAsync(request, Caller.Of(http.User).Name, null, null, cancellationToken);
            return Results.Json(BuildView.Of((await BuildQuery.FindAsync(db, build.Id, cancellationToken))!), Json.Snake);
        }
        catch (BuildRequestException error)
        {
            return Body.Unprocessable(error.Message);
        }
    }

    private static async Task<IResult> ActAsync(int id, BuildControlDb db, Func<Task<bool>> act, CancellationToken cancellationToken) =>
        await act() && await BuildQuery.FindAsync(db, id, cancellationToken) is { } build ? Results.Json(BuildView.Of(build), Json.Snake) : NotFound(id);

    private static IResult NotFound(int id) => Results.Json(new Problem($"no build {id}"), Json.Snake, statusCode: StatusCodes.Status404NotFound);
}
