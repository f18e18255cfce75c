using Hooks.Gateway.Inbox;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hooks.Gateway.Ops;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => TypedResults.Ok(new { status = "alive" })).AllowAnonymous();
        endpoints.MapGet("/readyz", ReadyAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<Results<Ok<Readiness>, JsonHttpResult<Readiness>>> ReadyAsync(IInboxStore store, CancellationToken cancellationToken) =>
        await store.IsReachableAsync(cancellationToken)
            ? TypedResults.Ok(new Readiness("ready", "reachable"))
            : TypedResults.Json(new Readiness("not ready", "unreachable"), statusCode: StatusCodes.Status503ServiceUnavailable);

    public sealed record Readiness(string Status, string Store);
}
