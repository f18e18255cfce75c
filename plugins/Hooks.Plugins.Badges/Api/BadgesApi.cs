using Hooks.Contracts.Plugins;
using Hooks.Plugins.Badges.Jobs;
using Hooks.Plugins.Badges.Pages;
using Hooks.Plugins.Badges.Projects;
using Hooks.Plugins.Badges.Status;
using Hooks.Plugins.Badges.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Badges.Api;

/// <summary>
/// Under <c>/plugins/badges</c>: the index of projects, a page per project, each device's badge as SVG and as a
/// shields.io endpoint, and a way to ask for a refresh. <c>{project}</c> is the configured <c>Project</c>, a path written with <c>/</c> as <c>%2F</c> as in GitLab's API.
/// </summary>
public static class BadgesApi
{
    private const string NoCache = "no-cache, max-age=0";

    public static void MapBadgesApi(this IEndpointRouteBuilder endpoints)
    {
        // The pages and badges are public, like the badges on GitLab that point at them; a refresh is an operator's.
        endpoints.MapGet("/", IndexAsync).AllowAnonymous();
        endpoints.MapGet("/{project}/{device}.svg", SvgAsync).AllowAnonymous();
        endpoints.MapGet("/{project}/{device}.json", ShieldsAsync).AllowAnonymous();
        endpoints.MapPost("/{project}/refresh", RefreshAsync).RequireAuthorization(HooksAuthorization.Admin);
        endpoints.MapGet("/{**path}", ByPathAsync).AllowAnonymous();
    }

    /// <summary>The project's page at <c>{project}</c>; with the path written plainly, its badges too (<c>facility/microscopes/Krios.svg</c>).</summary>
    private static Task<IResult> ByPathAsync(
        string path, HttpContext http, ProjectDirectory projects, BadgesDb db, TimeProvider time, IOptions<BadgesOptions> options, IPageLayout layout)
    {
        int slash = path.LastIndexOf('/');
        string last = path[(slash + 1)..];
        string project = slash < 0 ? path : path[..slash];
        return last switch
        {
            _ when slash > 0 && last.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) => SvgAsync(project, last[..^4], http, projects, db, time),
            _ when slash > 0 && last.EndsWith(".json", StringComparison.OrdinalIgnoreCase) => AsResult(ShieldsAsync(project, last[..^5], http, projects, db, time)),
            _ => AsResult(PageAsync(path, http, projects, db, time, options, layout)),
        };
    }

    private static async Task<IResult> AsResult<T>(Task<T> result)
        where T : IResult => await result;

    private static async Task<ContentHttpResult> IndexAsync(HttpContext http, ProjectDirectory projects, BadgesDb db, TimeProvider time, IPageLayout layout)
    {
        var views = new List<ProjectView>();
        foreach (var project in projects.All)
        {
            views.Add(await ProjectView.LoadAsync(db, project, time.GetUtcNow(), http.RequestAborted));
        }

        return TypedResults.Content(IndexPage.Render(views, BasePath(http), layout), "text/html; charset=utf-8");
    }

    private static async Task<Results<ContentHttpResult, NotFound<ProblemMessage>>> PageAsync(
        string project, HttpContext http, ProjectDirectory projects, BadgesDb db, TimeProvider time, IOptions<BadgesOptions> options, IPageLayout layout)
    {
        if (projects.Find(project) is not { } found)
        {
            return UnknownProject(project);
        }

        var view = await ProjectView.LoadAsync(db, found, time.GetUtcNow(), http.RequestAborted);
        http.Response.Headers.CacheControl = NoCache;
        return TypedResults.Content(StatusPage.Render(view, BasePath(http), options.Value.HistoryDays, layout), "text/html; charset=utf-8");
    }

    private static async Task<IResult> SvgAsync(string project, string device, HttpContext http, ProjectDirectory projects, BadgesDb db, TimeProvider time)
    {
        http.Response.Headers.CacheControl = NoCache;
        string name = Uri.UnescapeDataString(device);
        if (projects.Find(project) is not { } found)
        {
            return Svg(SvgBadge.Unknown(name, "unknown project"), StatusCodes.Status404NotFound);
        }

        return await ProjectView.DeviceAsync(db, found, name, http.RequestAborted) is { } tracked
            ? Svg(SvgBadge.ForDevice(tracked.Name, tracked.Status, time.GetUtcNow() - tracked.Since), StatusCodes.Status200OK)
            : Svg(SvgBadge.Unknown(name, "unknown device"), StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<ShieldsEndpoint>, NotFound<ProblemMessage>>> ShieldsAsync(
        string project, string device, HttpContext http, ProjectDirectory projects, BadgesDb db, TimeProvider time)
    {
        if (projects.Find(project) is not { } found)
        {
            return UnknownProject(project);
        }

        string name = Uri.UnescapeDataString(device);
        if (await ProjectView.DeviceAsync(db, found, name, http.RequestAborted) is not { } tracked)
        {
            return TypedResults.NotFound(new ProblemMessage($"project '{found.Key}' has no device '{name}'"));
        }

        string age = Age.Compact(time.GetUtcNow() - tracked.Since);
        string message = StatusText.Of(tracked.Status) + (age == "now" ? "" : " · " + age);
        return TypedResults.Ok(new ShieldsEndpoint(1, tracked.Name, message, StatusText.ShieldsColour(tracked.Status), 300));
    }

    private static async Task<Results<Accepted<RefreshRequest>, NotFound<ProblemMessage>, Conflict<ProblemMessage>>> RefreshAsync(
        string project, HttpContext http, ProjectDirectory projects, RefreshRequests requests)
    {
        if (projects.Find(project) is not { } found)
        {
            return UnknownProject(project);
        }

        if (found.Problem is { } problem)
        {
            return TypedResults.Conflict(new ProblemMessage($"project '{found.Key}' is misconfigured: {problem}"));
        }

        var request = await requests.RequestAsync(found.Key, http.RequestAborted);
        return TypedResults.Accepted($"{BasePath(http)}/{found.Slug}", request);
    }

    private static NotFound<ProblemMessage> UnknownProject(string project) =>
        TypedResults.NotFound(new ProblemMessage($"no project '{Uri.UnescapeDataString(project)}' in Hooks:Plugins:badges:Projects"));

    private static IResult Svg(string svg, int status) => Results.Content(svg, "image/svg+xml; charset=utf-8", statusCode: status);

    private static string BasePath(HttpContext http) => http.Request.PathBase + "/plugins/badges";
}
