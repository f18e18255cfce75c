using Hooks.Contracts.Plugins;
using Hooks.Plugins.BuildControl.Builds;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Pages;

/// <summary>The public pages: the builds list at the plugin's root and a page per build at <c>builds/{id}</c>.</summary>
public static class BuildPages
{
    public static void MapBuildPages(this IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup("").AllowAnonymous();
        pages.MapGet("/", ListAsync);
        pages.MapGet("/builds/{id:int}", BuildAsync);
    }

    private static async Task<IResult> ListAsync(string? project, string? @ref, string? platform, string? arch, BuildControlDb db, IPageLayout layout, CancellationToken cancellationToken)
    {
        var filter = new BuildFilter(project, @ref, platform, arch, null);
        var builds = await filter.Apply(BuildQuery.Full(db)).OrderByDescending(b => b.Id).Take(100).ToListAsync(cancellationToken);
        var ignored = await db.IgnoredPushes.AsNoTracking().OrderByDescending(i => i.Id).Take(50).ToListAsync(cancellationToken);
        return Results.Content(BuildsListPage.Render(builds, ignored, filter, layout), "text/html; charset=utf-8");
    }

    private static async Task<IResult> BuildAsync(int id, HttpContext http, BuildControlDb db, IPageLayout layout, PageAccess access, CancellationToken cancellationToken) =>
        await BuildQuery.FindAsync(db, id, cancellationToken) is { } build
            ? Results.Content(BuildDetailPage.Render(build, await access.CanActAsync(http), layout), "text/html; charset=utf-8")
            : Results.NotFound();
}
