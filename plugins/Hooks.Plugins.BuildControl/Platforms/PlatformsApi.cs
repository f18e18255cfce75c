using Hooks.Contracts.Plugins;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Platforms;

/// <summary>
/// <c>api/v1/platforms/</c>: <c>GET</c> is public; <c>POST</c>, <c>PUT</c> (by name), <c>PATCH {id}/add-repositories</c>
/// (a list of repositories) and <c>PATCH {id}/remove-repositories</c> (a list of repository ids) need scope <c>build-control</c>.
/// </summary>
public static class PlatformsApi
{
    public static void MapPlatformsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/platforms/", async (BuildControlDb db, CancellationToken ct) =>
            Results.Json((await db.Platforms.AsNoTracking().Include(p => p.Repositories).OrderBy(p => p.Id).ToListAsync(ct)).Select(View).ToArray(), Json.Snake)).AllowAnonymous();
        var acting = endpoints.MapGroup("/api/v1/platforms").RequireAuthorization(HooksAuthorization.Scope(BuildControlPlugin.UserScope));
        acting.MapPost("/", CreateAsync);
        acting.MapPut("/", UpdateAsync);
        acting.MapPatch("/{id:int}/add-repositories", AddRepositoriesAsync);
        acting.MapPatch("/{id:int}/remove-repositories", RemoveRepositoriesAsync);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, BuildControlDb db, CancellationToken cancellationToken)
    {
        var (request, refusal) = await Body.ReadAsync<PlatformRequest>(http, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (Check(request, creating: true) is { } reason)
        {
            return Unprocessable(reason);
        }

        if (await db.Platforms.AnyAsync(p => p.Name == request.Name, cancellationToken))
        {
            return Results.Json(new Problem($"a platform named '{request.Name}' exists"), Json.Snake, statusCode: StatusCodes.Status409Conflict);
        }

        var platform = new PlatformRecord { Name = request.Name! };
        Apply(platform, request);
        db.Platforms.Add(platform);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Json(View(platform), Json.Snake);
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, BuildControlDb db, CancellationToken cancellationToken)
    {
        var (request, refusal) = await Body.ReadAsync<PlatformRequest>(http, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (Check(request, creating: false) is { } reason)
        {
            return Unprocessable(reason);
        }

        if (await db.Platforms.Include(p => p.Repositories).FirstOrDefaultAsync(p => p.Name == request.Name, cancellationToken) is not { } platform)
        {
            return NotFound(request.Name!);
        }

        if (request.Repos is not null)
        {
            db.Repositories.RemoveRange(platform.Repositories);
            platform.Repositories.Clear();
        }

        Apply(platform, request);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Json(View(platform), Json.Snake);
    }

    private static async Task<IResult> AddRepositoriesAsync(int id, HttpContext http, BuildControlDb db, CancellationToken cancellationToken)
    {
        var (repositories, refusal) = await Body.ReadAsync<List<RepositoryRequest>>(http, cancellationToken);
        if (repositories is null)
        {
            return refusal!;
        }

        if (await db.Platforms.Include(p => p.Repositories).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } platform)
        {
            return NotFound(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (repositories.Select(CheckRepository).FirstOrDefault(r => r is not null) is { } reason)
        {
            return Unprocessable(reason);
        }

        platform.Repositories.AddRange(repositories.Select(Record));
        await db.SaveChangesAsync(cancellationToken);
        return Results.Json(View(platform), Json.Snake);
    }

    private static async Task<IResult> RemoveRepositoriesAsync(int id, HttpContext http, BuildControlDb db, CancellationToken cancellationToken)
    {
        var (repositoryIds, refusal) = await Body.ReadAsync<List<int>>(http, cancellationToken);
        if (repositoryIds is null)
        {
            return refusal!;
        }

        if (await db.Platforms.Include(p => p.Repositories).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } platform)
        {
            return NotFound(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var removed = platform.Repositories.Where(r => repositoryIds.Contains(r.Id)).ToList();
        db.Repositories.RemoveRange(removed);
        platform.Repositories.RemoveAll(removed.Contains);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Json(View(platform), Json.Snake);
    }

    private static string? Check(PlatformRequest request, bool creating)
    {
        if (request.Name is not { Length: > 0 })
        {
            return "name is required";
        }

        if (request.Type is not null && request.Type is not ("rpm" or "deb"))
        {
            return $"type: 'rpm' or 'deb', not '{request.Type}'";
        }

        if (creating && request.ArchList is not { Count: > 0 })
        {
            return "arch_list: at least one architecture is required";
        }

        if (request.ArchList?.FirstOrDefault(a => !Arches.Known.Contains(a)) is { } arch)
        {
            return $"arch_list: '{arch}' is none of {string.Join(", ", Arches.Known)}";
        }

        return request.Repos?.Select(CheckRepository).FirstOrDefault(r => r is not null);
    }

    private static string? CheckRepository(RepositoryRequest repository) =>
        repository.Name is { Length: > 0 } && repository.Arch is { Length: > 0 } && repository.Url is { Length: > 0 } ? null : "repos: each needs a name, an arch and a url";

    private static void Apply(PlatformRecord platform, PlatformRequest request)
    {
        platform.Type = request.Type ?? platform.Type;
        platform.DistrType = request.DistrType ?? platform.DistrType;
        platform.DistrVersion = request.DistrVersion ?? platform.DistrVersion;
        platform.TestDistName = request.TestDistName ?? platform.TestDistName;
        platform.ArchList = request.ArchList is null ? platform.ArchList : Json.Text(request.ArchList);
        platform.Data = request.Data?.ToJsonString() ?? platform.Data;
        platform.Repositories.AddRange((request.Repos ?? []).Select(Record));
    }

    private static RepositoryRecord Record(RepositoryRequest r) =>
        new() { Name = r.Name!, Arch = r.Arch!, Url = r.Url!, Type = r.Type ?? "rpm", Priority = r.Priority ?? 10, MockEnabled = r.MockEnabled ?? true, Production = r.Production ?? false, Debug = r.Debug ?? false };

    private static PlatformView View(PlatformRecord p) => new(
        p.Id, p.Name, p.Type, p.DistrType, p.DistrVersion, Json.ArrayOf<string>(p.ArchList),
        [.. p.Repositories.OrderBy(r => r.Id).Select(r => new RepositoryView(r.Id, r.Name, r.Arch, r.Url, r.Type, r.Priority, r.MockEnabled, r.Production, r.Debug))],
        Json.ObjectOf(p.Data));

    private static IResult Unprocessable(string reason) => Body.Unprocessable(reason);

    private static IResult NotFound(string what) => Results.Json(new Problem($"no platform {what}"), Json.Snake, statusCode: StatusCodes.Status404NotFound);
}
