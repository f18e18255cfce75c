using Hooks.Contracts.Plugins;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hooks.Bench.Plugin;

/// <summary>The benchmark's plugin: one row per event handled, and its statistics at <c>/plugins/&lt;id&gt;/stats</c>.</summary>
public sealed class BenchPlugin : IHooksPlugin
{
    public void ConfigureServices(IPluginContext context)
    {
        context.AddDbContext<BenchDb>();
        context.Services.TryAddSingleton(new MemoryRows(context.Configuration.GetValue("InMemory", false)));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapBenchStats();
}
