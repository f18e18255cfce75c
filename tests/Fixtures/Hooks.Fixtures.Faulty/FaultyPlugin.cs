using Hooks.Contracts.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

[assembly: HooksPlugin("faulty", "Faulty (test fixture)", "1.0.0")]

namespace Hooks.Fixtures.Faulty;

public sealed class FaultyPlugin : IHooksPlugin
{
    public void ConfigureServices(IPluginContext context)
    {
        FaultySettings.FailIn = context.Configuration["FailIn"] ?? "";
        context.Services.AddSingleton<FaultyMarker>();
        context.AddDbContext<FaultyDb>();
        context.Services.AddHostedService<FaultyService>();
        if (FaultySettings.FailIn == "ConfigureServices")
        {
            throw new InvalidOperationException("faulty: ConfigureServices failed half-way");
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/ping", () => TypedResults.Ok("pong")).AllowAnonymous();
        if (FaultySettings.FailIn == "MapEndpoints")
        {
            throw new InvalidOperationException("faulty: MapEndpoints failed half-way");
        }
    }
}
