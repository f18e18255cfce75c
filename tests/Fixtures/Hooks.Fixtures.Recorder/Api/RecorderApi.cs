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
        endpoints.MapGet("/received", async (RecorderDb db) => TypedResults.Ok(await db.ReceivedEvents.AsNoTracking().ToListAsync()));
        endpoints.MapGet("/follow-ups", async (RecorderDb db) => TypedResults.Ok(await db.FollowUps.AsNoTracking().ToListAsync()));
        endpoints.MapGet("/greeting", (IConfiguration configuration) => TypedResults.Ok(configuration["Hooks:Plugins:recorder:Greeting"] ?? "(none)"));
    }
}
