using System.Text.Json;
using System.Text.Json.Nodes;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.BuildControl.TestTasks;

/// <summary>
/// <c>api/v1/tests/</c>: the ALTS test system (scope <c>test-node</c>) takes tasks with <c>get_test_tasks/</c> and posts
/// results to their <c>callback_href</c>; users (scope <c>build-control</c>) restart failed tests; results are public.
/// </summary>
public static partial class TestsApi
{
    public static void MapTestsApi(this IEndpointRouteBuilder endpoints)
    {
        var nodes = endpoints.MapGroup("/api/v1/tests").RequireAuthorization(HooksAuthorization.Scope(BuildControlPlugin.TestNodeScope));
        nodes.MapGet("/get_test_tasks/", GetTestTasksAsync);
        nodes.MapPost("/{id:int}/result/", ResultAsync);
        var users = endpoints.MapGroup("/api/v1/tests").RequireAuthorization(HooksAuthorization.Scope(BuildControlPlugin.UserScope));
        users.MapPut("/build/{buildId:int}/restart", (int buildId, BuildControlDb db, CancellationToken ct) =>
            RestartAsync(db, db.Tasks.Where(t => t.BuildId == buildId), db.Builds.AnyAsync(b => b.Id == buildId, ct), $"no build {buildId}", ct));
        users.MapPut("/build_task/{id:int}/restart", (int id, BuildControlDb db, CancellationToken ct) =>
            RestartAsync(db, db.Tasks.Where(t => t.Id == id), db.Tasks.AnyAsync(t => t.Id == id, ct), $"no build task {id}", ct));
        var reading = endpoints.MapGroup("/api/v1/tests").AllowAnonymous();
        reading.MapGet("/{buildTaskId:int}/latest", async (int buildTaskId, BuildControlDb db, CancellationToken ct) =>
        {
            int? latest = await db.TestTasks.Where(t => t.BuildTaskId == buildTaskId).MaxAsync(t => (int?)t.Revision, ct);
            return await RevisionAsync(db, buildTaskId, latest ?? 0, ct);
        });
        reading.MapGet("/{buildTaskId:int}/{revision:int}", (int buildTaskId, int revision, BuildControlDb db, CancellationToken ct) => RevisionAsync(db, buildTaskId, revision, ct));
    }

    private static async Task<IResult> GetTestTasksAsync(
        HttpContext http, TestHandOut handOut, TestTaskPayloads payloads, BuildControlMetrics metrics, ILogger<TestHandOut> logger, CancellationToken cancellationToken)
    {
        var ids = await handOut.TakeAsync(cancellationToken);
        if (ids.Count > 0)
        {
            metrics.TestsHandedOut(ids.Count);
            string node = Caller.Of(http.User).Name;
            Log.HandedOut(logger, ids.Count, node);
        }

        return Results.Json(await payloads.ForAsync(ids, cancellationToken), Json.Snake);
    }

    private static async Task<IResult> ResultAsync(
        int id, HttpContext http, BuildControlDb db, TimeProvider clock, BuildControlMetrics metrics, ILogger<TestHandOut> logger, CancellationToken cancellationToken)
    {
        JsonObject body;
        try
        {
            body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: cancellationToken) as JsonObject ?? throw new JsonException("the body must be a JSON object");
        }
        catch (JsonException error)
        {
            return Body.Unprocessable("the body is not a JSON object: " + error.Message);
        }

        if (body["api_version"] is not JsonValue version || !version.TryGetValue(out string? _) || body["result"] is not JsonObject result)
        {
            return Body.Unprocessable("api_version (a string) and result (an object) are required");
        }

        if (await db.TestTasks.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } test)
        {
            return Results.Json(new Problem($"no test task {id}"), Json.Snake, statusCode: StatusCodes.Status404NotFound);
        }

        test.Status = TestOutcome.Of(result);
        test.Result = body.ToJsonString();
        test.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        metrics.TestResult(test.Status.ToString());
        Log.Result(logger, id, test.Status);
        return Results.Json(new { ok = true }, Json.Snake);
    }

    private static async Task<IResult> RestartAsync(BuildControlDb db, IQueryable<TaskRecord> tasks, Task<bool> exists, string missing, CancellationToken cancellationToken)
    {
        if (!await exists)
        {
            return Results.Json(new Problem(missing), Json.Snake, statusCode: StatusCodes.Status404NotFound);
        }

        var restarted = await TestTaskCreator.RestartFailedAsync(db, tasks, cancellationToken);
        return Results.Json(new { ok = true, restarted }, Json.Snake);
    }

    private static async Task<IResult> RevisionAsync(BuildControlDb db, int buildTaskId, int revision, CancellationToken cancellationToken)
    {
        var tests = await db.TestTasks.AsNoTracking().Where(t => t.BuildTaskId == buildTaskId && t.Revision == revision).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return Results.Json(tests.Select(TestTaskView.Of).ToArray(), Json.Snake);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "{Count} test tasks handed to {Node}")]
        public static partial void HandedOut(ILogger logger, int count, string node);

        [LoggerMessage(Level = LogLevel.Information, Message = "Test task {TestTaskId} finished {Status}")]
        public static partial void Result(ILogger logger, int testTaskId, TestTaskStatus status);
    }
}
