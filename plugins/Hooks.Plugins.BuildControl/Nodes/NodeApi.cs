using System.Text.Json;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.BuildControl.Nodes;

/// <summary>
/// The build-node protocol under <c>api/v1/build_node/</c>, as albs-node calls it (no trailing slash, JSON, a bearer
/// token of scope <c>build-node</c>, one per node): <c>get_task</c>, <c>ping</c>, <c>build_done</c>.
/// </summary>
public static partial class NodeApi
{
    public static void MapNodeApi(this IEndpointRouteBuilder endpoints)
    {
        var nodes = endpoints.MapGroup("/api/v1/build_node").RequireAuthorization(HooksAuthorization.Scope(BuildControlPlugin.NodeScope));
        nodes.MapPost("/get_task", GetTaskAsync);
        nodes.MapPost("/ping", PingAsync);
        nodes.MapPost("/build_done", BuildDoneAsync);
    }

    private static async Task<IResult> GetTaskAsync(
        HttpContext http, TaskHandOut handOut, TaskPayloads payloads, BuildControlMetrics metrics, ILogger<TaskHandOut> logger, CancellationToken cancellationToken)
    {
        var (body, error) = await ReadAsync(http, cancellationToken);
        if (body is not { } request)
        {
            return Unprocessable(error!);
        }

        if (Strings(request, "supported_arches", required: true) is not { } arches)
        {
            return Unprocessable("supported_arches: a list of architectures is required");
        }

        var excluded = Strings(request, "excluded_packages", required: false) ?? [];
        var node = Caller.Of(http.User);
        if (await handOut.TakeAsync(node, arches, excluded, cancellationToken) is not { } id)
        {
            metrics.NothingToHand();
            return Results.Content("null", "application/json");
        }

        var payload = await payloads.ForAsync(id, arches, cancellationToken);
        metrics.HandedOut(payload.Arch);
        Log.HandedOut(logger, id, payload.Arch, node.Name);
        return Results.Json(payload, Json.Snake);
    }

    private static async Task<IResult> PingAsync(HttpContext http, BuildControlDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, error) = await ReadAsync(http, cancellationToken);
        if (body is not { } request)
        {
            return Unprocessable(error!);
        }

        if (!request.TryGetProperty("active_tasks", out var list) || list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.Number || !i.TryGetInt32(out _)))
        {
            return Unprocessable("active_tasks: a list of task ids is required");
        }

        var ids = list.EnumerateArray().Select(i => i.GetInt32()).ToList();
        if (ids.Count > 0)
        {
            string node = Caller.Of(http.User).Id;
            var now = clock.GetUtcNow();
            await db.Tasks.Where(t => ids.Contains(t.Id) && t.Node == node && t.Status == BuildTaskStatus.Started)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.Ts, now), cancellationToken);
        }

        return Results.Json(new { }, Json.Snake);
    }

    private static async Task<IResult> BuildDoneAsync(
        HttpContext http, TaskReports reports, BuildControlMetrics metrics, ILogger<TaskReports> logger, CancellationToken cancellationToken)
    {
        var (body, error) = await ReadAsync(http, cancellationToken);
        if (body is not { } request)
        {
            return Unprocessable(error!);
        }

        var (report, reason) = BuildDoneReader.Read(request);
        if (report is null)
        {
            return Unprocessable(reason!);
        }

        var node = Caller.Of(http.User);
        var outcome = await reports.ReportAsync(node, report, cancellationToken);
        Log.Reported(logger, report.TaskId, report.Status, node.Name, outcome);
        if (outcome == ReportOutcome.Taken)
        {
            metrics.Reported(report.Status);
        }

        return outcome switch
        {
            ReportOutcome.Taken => Results.Json(new { ok = true }, Json.Snake),
            ReportOutcome.Conflict => Results.Json(new { ok = false }, Json.Snake, statusCode: StatusCodes.Status409Conflict),
            _ => Results.Json(new Problem($"no build task {report.TaskId}"), Json.Snake, statusCode: StatusCodes.Status404NotFound),
        };
    }

    private static async Task<(JsonElement? Body, string? Error)> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object ? (document.RootElement.Clone(), null) : (null, "the body must be a JSON object");
        }
        catch (JsonException error)
        {
            return (null, "the body is not JSON: " + error.Message);
        }
    }

    private static List<string>? Strings(JsonElement body, string name, bool required)
    {
        if (!body.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return required ? null : [];
        }

        return list.ValueKind == JsonValueKind.Array && list.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
            ? [.. list.EnumerateArray().Select(i => i.GetString()!)]
            : null;
    }

    private static IResult Unprocessable(string reason) => Results.Json(new Problem(reason), Json.Snake, statusCode: StatusCodes.Status422UnprocessableEntity);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Build task {TaskId} ({Arch}) handed to node {Node}")]
        public static partial void HandedOut(ILogger logger, int taskId, string arch, string node);

        [LoggerMessage(Level = LogLevel.Information, Message = "Build task {TaskId} reported {Status} by node {Node}: {Outcome}")]
        public static partial void Reported(ILogger logger, int taskId, string status, string node, ReportOutcome outcome);
    }
}
