using System.Text.Json;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Nodes;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.BuildControl.Signing;

/// <summary>
/// <c>api/v1/sign-tasks/</c>: listing by build is public; creating needs scope <c>sign</c>; the sign node protocol
/// (<c>get_sign_task/</c>, <c>{id}/complete/</c>, <c>community/get_gen_sign_key_task/</c>) needs scope <c>sign-node</c>.
/// </summary>
public static partial class SignTasksApi
{
    public static void MapSignTasksApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/sign-tasks/", ListAsync).AllowAnonymous();
        endpoints.MapPost("/api/v1/sign-tasks/", CreateAsync).RequireAuthorization(HooksAuthorization.Scope(BuildControlPlugin.SignScope));
        var nodes = endpoints.MapGroup("/api/v1/sign-tasks").RequireAuthorization(HooksAuthorization.Scope(BuildControlPlugin.SignNodeScope));
        nodes.MapPost("/get_sign_task/", GetSignTaskAsync);
        nodes.MapPost("/{id:int}/complete/", CompleteAsync);
        // Community key generation is not offered: the answer when there is none.
        nodes.MapPost("/community/get_gen_sign_key_task/", () => Results.Json(new { }, Json.Snake));
    }

    private static async Task<IResult> ListAsync(int? buildId, BuildControlDb db, CancellationToken cancellationToken)
    {
        var names = await SignKeysApi.PlatformNamesAsync(db, cancellationToken);
        var tasks = await db.SignTasks.AsNoTracking().Include(t => t.SignKey).Where(t => buildId == null || t.BuildId == buildId).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return Results.Json(tasks.Select(t => SignTaskView.Of(t, names)).ToArray(), Json.Snake);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, BuildControlDb db, TimeProvider clock, ILogger<SignHandOut> logger, CancellationToken cancellationToken)
    {
        var (request, refusal) = await Body.ReadAsync<SignTaskRequest>(http, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (request is not { BuildId: { } buildId, SignKeyId: { } keyId })
        {
            return Body.Unprocessable("build_id and sign_key_id are required");
        }

        if (await db.Builds.AsNoTracking().FirstOrDefaultAsync(b => b.Id == buildId, cancellationToken) is not { } build)
        {
            return Answer(StatusCodes.Status404NotFound, $"no build {buildId}");
        }

        if (await db.SignKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == keyId, cancellationToken) is not { } key)
        {
            return Answer(StatusCodes.Status404NotFound, $"no sign key {keyId}");
        }

        if (!key.Active)
        {
            return Answer(StatusCodes.Status400BadRequest, $"sign key {key.KeyId} is not active");
        }

        if (build.IsSigned)
        {
            return Answer(StatusCodes.Status409Conflict, $"build {buildId} is already signed");
        }

        if (await db.SignTasks.FirstOrDefaultAsync(t => t.BuildId == buildId && (t.Status == SignStatus.Idle || t.Status == SignStatus.InProgress), cancellationToken) is { } waiting)
        {
            return Answer(StatusCodes.Status409Conflict, $"build {buildId} is being signed already (sign task {waiting.Id})");
        }

        if (!await BuildPackages.Of(db, buildId).AnyAsync(cancellationToken))
        {
            return Answer(StatusCodes.Status400BadRequest, $"build {buildId} has no built RPMs to sign");
        }

        var task = new SignTaskRecord { BuildId = buildId, SignKeyId = keyId, CreatedAt = clock.GetUtcNow() };
        db.SignTasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        task.SignKey = key;
        Log.Created(logger, task.Id, buildId, key.KeyId);
        return Results.Json(SignTaskView.Of(task, await SignKeysApi.PlatformNamesAsync(db, cancellationToken)), Json.Snake);
    }

    private static async Task<IResult> GetSignTaskAsync(HttpContext http, SignHandOut handOut, BuildControlMetrics metrics, ILogger<SignHandOut> logger, CancellationToken cancellationToken)
    {
        List<string>? keyIds;
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: cancellationToken);
            keyIds = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("key_ids", out var list) && list.ValueKind == JsonValueKind.Array
                && list.EnumerateArray().All(k => k.ValueKind == JsonValueKind.String)
                ? [.. list.EnumerateArray().Select(k => k.GetString()!)]
                : null;
        }
        catch (JsonException)
        {
            keyIds = null;
        }

        if (keyIds is null)
        {
            return Body.Unprocessable("key_ids: a list of key ids is required");
        }

        var node = Caller.Of(http.User);
        if (await handOut.TakeAsync(node, keyIds, cancellationToken) is not { } id)
        {
            return Results.Json(new { }, Json.Snake);
        }

        var payload = await handOut.PayloadAsync(id, cancellationToken);
        metrics.SignHandedOut();
        Log.HandedOut(logger, id, payload.BuildId, node.Name);
        return Results.Json(payload, Json.Snake);
    }

    private static async Task<IResult> CompleteAsync(
        int id, HttpContext http, SignCompletion completion, BuildControlMetrics metrics, ILogger<SignHandOut> logger, CancellationToken cancellationToken)
    {
        var (report, refusal) = await Body.ReadAsync<SignCompleteRequest>(http, cancellationToken);
        if (report is null)
        {
            return refusal!;
        }

        var node = Caller.Of(http.User);
        var (outcome, status) = await completion.CompleteAsync(node, id, report, cancellationToken);
        Log.Completed(logger, id, node.Name, outcome, status);
        if (outcome == ReportOutcome.Taken)
        {
            metrics.SignEnded(status.ToString());
        }

        return outcome switch
        {
            ReportOutcome.Taken => Results.Json(new { success = true }, Json.Snake),
            ReportOutcome.Conflict => Results.Json(new { success = false }, Json.Snake, statusCode: StatusCodes.Status409Conflict),
            _ => Answer(StatusCodes.Status404NotFound, $"no sign task {id}"),
        };
    }

    private static IResult Answer(int status, string reason) => Results.Json(new Problem(reason), Json.Snake, statusCode: status);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Sign task {SignTaskId} of build {BuildId} created for key {KeyId}")]
        public static partial void Created(ILogger logger, int signTaskId, int buildId, string keyId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Sign task {SignTaskId} of build {BuildId} handed to sign node {Node}")]
        public static partial void HandedOut(ILogger logger, int signTaskId, int buildId, string node);

        [LoggerMessage(Level = LogLevel.Information, Message = "Sign task {SignTaskId} reported by sign node {Node}: {Outcome}, {Status}")]
        public static partial void Completed(ILogger logger, int signTaskId, string node, ReportOutcome outcome, SignStatus status);
    }
}
