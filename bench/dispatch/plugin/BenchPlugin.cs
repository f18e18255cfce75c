using Hooks.Contracts.Plugins;
using Microsoft.AspNetCore.Routing;

namespace Hooks.Bench.Plugin;

/// <summary>The benchmark's plugin: one row per event handled, and its statistics at <c>/plugins/&lt;id&gt;/stats</c>.</summary>
public sealed class BenchPlugin : IHooksPlugin
{
    public void ConfigureServices(IPluginContext context) => context.AddDbContext<BenchDb>();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapBenchStats();
}
