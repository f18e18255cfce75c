using Hangfire;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.Dashboard.Jobs;
using Hooks.Plugins.Dashboard.Pages;
using Hooks.Plugins.Dashboard.Patterns;
using Hooks.Plugins.Dashboard.View;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Dashboard.Api;

/// <summary>
/// Under <c>/plugins/dashboard</c>: the page, a job's details, the same data as JSON for other tools, the page's event
/// stream, and a way to start a backfill (token scope <c>dashboard</c>). Reading is public, like the page the original
/// published; put the path behind the proxy's authentication where job names and errors must stay inside.
/// </summary>
public static class DashboardApi
{
    public static void MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", PageAsync).AllowAnonymous();
        endpoints.MapGet("/jobs/{id:long}", JobPageAsync).AllowAnonymous();
        endpoints.MapGet("/assets/dashboard.js", () => Results.Text(PageScript.Js, "text/javascript")).AllowAnonymous();
        endpoints.MapGet("/api/grid", GridAsync).AllowAnonymous();
        endpoints.MapGet("/api/jobs/{id:long}", JobAsync).AllowAnonymous();
        endpoints.MapGet("/api/errors", ErrorsAsync).AllowAnonymous();
        endpoints.MapGet("/api/events", ChangeEvents.RunAsync).AllowAnonymous();
        endpoints.MapPost("/api/backfill", Backfill).RequireAuthorization(HooksAuthorization.Scope(DashboardPlugin.Scope));
    }

    private static async Task<ContentHttpResult> PageAsync(HttpContext http, SnapshotLoader snapshots, JobDetailsLoader details, PatternCatalog patterns, IOptions<DashboardOptions> options, IPageLayout layout)
    {
        var query = GridQuery.From(http.Request.Query);
        var snapshot = await snapshots.LoadAsync(http.RequestAborted);
        var grid = GridBuilder.Build(snapshot, query, options.Value.TimeZone, patterns.Current.Problems);
        var errors = ErrorStats.Build(snapshot);
        var job = query.Job is { } id ? await details.LoadAsync(id, null, http.RequestAborted) : null;
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Content(DashboardPage.Render(grid, errors, job, query, BasePath(http), layout), "text/html; charset=utf-8");
    }

    private static async Task<Results<ContentHttpResult, NotFound<ProblemMessage>>> JobPageAsync(long id, string? source, HttpContext http, JobDetailsLoader details, IPageLayout layout)
    {
        if (await details.LoadAsync(id, source, http.RequestAborted) is not { } job)
        {
            return TypedResults.NotFound(new ProblemMessage($"no job {id}"));
        }

        return TypedResults.Content(layout.Render($"{job.Name} · {job.Project}", JobDetailsHtml.Render(job, BasePath(http))), "text/html; charset=utf-8");
    }

    private static async Task<Ok<GridView>> GridAsync(HttpContext http, SnapshotLoader snapshots, PatternCatalog patterns, IOptions<DashboardOptions> options)
    {
        var snapshot = await snapshots.LoadAsync(http.RequestAborted);
        return TypedResults.Ok(GridBuilder.Build(snapshot, GridQuery.From(http.Request.Query), options.Value.TimeZone, patterns.Current.Problems));
    }

    private static async Task<Results<Ok<JobDetailsView>, NotFound<ProblemMessage>>> JobAsync(long id, string? source, HttpContext http, JobDetailsLoader details) =>
        await details.LoadAsync(id, source, http.RequestAborted) is { } job ? TypedResults.Ok(job) : TypedResults.NotFound(new ProblemMessage($"no job {id}"));

    private static async Task<Ok<ErrorsView>> ErrorsAsync(HttpContext http, SnapshotLoader snapshots) =>
        TypedResults.Ok(ErrorStats.Build(await snapshots.LoadAsync(http.RequestAborted)));

    private static Accepted<BackfillStarted> Backfill(HttpContext http, IBackgroundJobClient jobs)
    {
        string id = jobs.Enqueue<BackfillJob>(DashboardPlugin.Queue, job => job.RunAsync(CancellationToken.None));
        return TypedResults.Accepted(BasePath(http) + "/", new BackfillStarted(id));
    }

    public static string BasePath(HttpContext http) => http.Request.PathBase + "/plugins/dashboard";
}
