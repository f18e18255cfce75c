using Hooks.Contracts.Plugins;
using Hooks.Plugins.Dashboard.Api;
using Hooks.Plugins.Dashboard.Ingest;
using Hooks.Plugins.Dashboard.Jobs;
using Hooks.Plugins.Dashboard.Live;
using Hooks.Plugins.Dashboard.Patterns;
using Hooks.Plugins.Dashboard.Scope;
using Hooks.Plugins.Dashboard.Storage;
using Hooks.Plugins.Dashboard.View;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

[assembly: HooksPlugin("dashboard", "Failures dashboard", "1.0.0")]

namespace Hooks.Plugins.Dashboard;

/// <summary>Registers the failures dashboard: options, storage, pattern catalogue, recording handlers, log and backfill jobs, pages and API.</summary>
public sealed class DashboardPlugin : IHooksPlugin
{
    public const string Queue = "dashboard";

    public const string Scope = "dashboard";

    public void ConfigureServices(IPluginContext context)
    {
        context.Services.AddOptions<DashboardOptions>().Bind(context.Configuration);
        context.AddDbContext<DashboardDb>();
        context.AddQueue(Queue);
        context.AddTokenScope(Scope);
        context.Services.TryAddSingleton(TimeProvider.System);
        context.Services.TryAddSingleton<ProjectScope>();
        context.Services.TryAddSingleton<PatternCatalog>();
        context.Services.TryAddSingleton<DashboardSignal>();
        context.Services.TryAddSingleton<NightDays>();
        context.Services.TryAddScoped<PipelineRecorder>();
        context.Services.TryAddScoped<LogRequests>();
        context.Services.TryAddScoped<SnapshotLoader>();
        context.Services.TryAddScoped<JobDetailsLoader>();
        context.Services.TryAddTransient<FetchLogJob>();
        context.Services.TryAddTransient<BackfillJob>();
        context.Services.AddHostedService<BackfillSchedule>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapDashboardApi();
}
