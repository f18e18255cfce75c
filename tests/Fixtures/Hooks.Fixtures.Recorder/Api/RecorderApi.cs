using Hooks.Contracts.Plugins;
using Hooks.Fixtures.Recorder.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Hooks.Fixtures.Recorder.Api;

internal static class RecorderApi
{
    public static void MapRecorderApi(this IEndpointRouteBuilder endpoints)
    {
        // What the tests read back: public by declaration, like any plugin page meant for everyone.
        endpoints.MapGet("/received", async (RecorderDb db) => TypedResults.Ok(await db.ReceivedEvents.AsNoTracking().ToListAsync())).AllowAnonymous();
        endpoints.MapGet("/follow-ups", async (RecorderDb db) => TypedResults.Ok(await db.FollowUps.AsNoTracking().ToListAsync())).AllowAnonymous();
        endpoints.MapGet("/node", (HttpContext http) => TypedResults.Ok(http.User.Identity?.Name))
            .RequireAuthorization(HooksAuthorization.Scope(RecorderPlugin.NodeScope));
        endpoints.MapGet("/greeting", (IConfiguration configuration) => TypedResults.Ok(configuration["Hooks:Plugins:recorder:Greeting"] ?? "(none)")).AllowAnonymous();
    }
}
