using Hooks.Contracts.Plugins;
using Hooks.Plugins.BuildControl.Builds;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Pages;

/// <summary>The public pages: the builds list at the plugin's root, a page per build at <c>builds/{id}</c> and the releases at <c>releases</c>.</summary>
public static class BuildPages
{
    public static void MapBuildPages(this IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup("").AllowAnonymous();
        pages.MapGet("/", ListAsync);
        pages.MapGet("/builds/{id:int}", BuildAsync);
        pages.MapGet("/releases", ReleasesAsync);
    }

    private static async Task<IResult> ReleasesAsync(BuildControlDb db, IPageLayout layout, CancellationToken cancellationToken)
    {
        var releases = await db.Releases.AsNoTracking().OrderByDescending(r => r.Id).Take(100).ToListAsync(cancellationToken);
        var platforms = await db.Platforms.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return Results.Content(ReleasesPage.Render(releases, platforms, layout), "text/html; charset=utf-8");
    }

    private static async Task<IResult> ListAsync(string? project, string? @ref, string? platform, string? arch, BuildControlDb db, IPageLayout layout, CancellationToken cancellationToken)
    {
        var filter = new BuildFilter(project, @ref, platform, arch, null);
        var builds = await filter.Apply(BuildQuery.Full(db)).OrderByDescending(b => b.Id).Take(100).ToListAsync(cancellationToken);
        var ignored = await db.IgnoredPushes.AsNoTracking().OrderByDescending(i => i.Id).Take(50).ToListAsync(cancellationToken);
        return Results.Content(BuildsListPage.Render(builds, ignored, filter, layout), "text/html; charset=utf-8");
    }

    private static async Task<IResult> BuildAsync(int id, HttpContext http, BuildControlDb db, IPageLayout layout, PageAccess access, CancellationToken cancellationToken)
    {
        if (await BuildQuery.FindAsync(db, id, cancellationToken) is not { } build)
        {
            return Results.NotFound();
        }

        var taskIds = build.Tasks.Select(t => t.Id).ToList();
        var pipeline = new BuildPipeline(
            await db.TestTasks.AsNoTracking().Where(t => taskIds.Contains(t.BuildTaskId)).ToListAsync(cancellationToken),
            await db.SignTasks.AsNoTracking().Include(t => t.SignKey).Where(t => t.BuildId == id).ToListAsync(cancellationToken),
            build.ReleaseId is { } releaseId ? await db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.Id == releaseId, cancellationToken) : null);
        return Results.Content(BuildDetailPage.Render(build, pipeline, await access.CanActAsync(http), layout), "text/html; charset=utf-8");
    }
}
