using Hooks.Contracts.Plugins;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Distributions;

/// <summary>
/// <c>api/v1/distro/</c> (the original's router): listing is public; creating a distribution and adding or removing a
/// build need scope <c>release</c>. Adding and removing answer <c>{"success": true}</c>.
/// </summary>
public static class DistributionsApi
{
    public static void MapDistributionsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/distro/", ListAsync).AllowAnonymous();
        var acting = endpoints.MapGroup("/api/v1/distro").RequireAuthorization(HooksAuthorization.Scope(BuildControlPlugin.ReleaseScope));
        acting.MapPost("/", CreateAsync);
        acting.MapPost("/add/{buildId:int}/{distribution}/", (int buildId, string distribution, BuildControlDb db, CancellationToken ct) => ChangeAsync(db, buildId, distribution, add: true, ct));
        acting.MapPost("/remove/{buildId:int}/{distribution}/", (int buildId, string distribution, BuildControlDb db, CancellationToken ct) => ChangeAsync(db, buildId, distribution, add: false, ct));
    }

    private static async Task<IResult> ListAsync(BuildControlDb db, CancellationToken cancellationToken)
    {
        var distributions = await db.Distributions.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var members = await db.DistributionBuilds.AsNoTracking().ToListAsync(cancellationToken);
        return Results.Json(distributions.Select(d => View(d, members)).ToArray(), Json.Snake);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, BuildControlDb db, CancellationToken cancellationToken)
    {
        var (request, refusal) = await Body.ReadAsync<DistributionRequest>(http, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (request.Name is not { Length: > 0 } name)
        {
            return Body.Unprocessable("name is required");
        }

        var platforms = request.Platforms ?? [];
        var known = await db.Platforms.Where(p => platforms.Contains(p.Name)).Select(p => p.Name).ToListAsync(cancellationToken);
        if (platforms.FirstOrDefault(p => !known.Contains(p)) is { } unknown)
        {
            return Body.Unprocessable($"platforms: no platform named '{unknown}'");
        }

        if (await db.Distributions.AnyAsync(d => d.Name == name, cancellationToken))
        {
            return Results.Json(new Problem($"a distribution named '{name}' exists"), Json.Snake, statusCode: StatusCodes.Status409Conflict);
        }

        var distribution = new DistributionRecord { Name = name, Platforms = Json.Text(platforms) };
        db.Distributions.Add(distribution);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Json(View(distribution, []), Json.Snake);
    }

    private static async Task<IResult> ChangeAsync(BuildControlDb db, int buildId, string name, bool add, CancellationToken cancellationToken)
    {
        if (await db.Distributions.FirstOrDefaultAsync(d => d.Name == name, cancellationToken) is not { } distribution)
        {
            return Results.Json(new Problem($"no distribution {name}"), Json.Snake, statusCode: StatusCodes.Status404NotFound);
        }

        if (!await db.Builds.AnyAsync(b => b.Id == buildId, cancellationToken))
        {
            return Results.Json(new Problem($"no build {buildId}"), Json.Snake, statusCode: StatusCodes.Status404NotFound);
        }

        var member = db.DistributionBuilds.Where(m => m.DistributionId == distribution.Id && m.BuildId == buildId);
        if (!add)
        {
            await member.ExecuteDeleteAsync(cancellationToken);
        }
        else if (!await member.AnyAsync(cancellationToken))
        {
            db.DistributionBuilds.Add(new DistributionBuildRecord { DistributionId = distribution.Id, BuildId = buildId });
            await db.SaveChangesAsync(cancellationToken);
        }

        return Results.Json(new { success = true }, Json.Snake);
    }

    private static DistributionView View(DistributionRecord distribution, IReadOnlyList<DistributionBuildRecord> members) =>
        new(distribution.Id, distribution.Name, Json.ArrayOf<string>(distribution.Platforms), [.. members.Where(m => m.DistributionId == distribution.Id).Select(m => m.BuildId).Order()]);
}
