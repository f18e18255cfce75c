using Hooks.Contracts.Plugins;
using Hooks.Plugins.Badges.Api;
using Hooks.Plugins.Badges.GitLab;
using Hooks.Plugins.Badges.Jobs;
using Hooks.Plugins.Badges.Projects;
using Hooks.Plugins.Badges.Storage;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

[assembly: HooksPlugin("badges", "Device badges (GitLab traffic light)", "1.0.0")]

namespace Hooks.Plugins.Badges;

/// <summary>Registers the traffic light: options, storage, the GitLab client (the gateway's), refresh and reconcile jobs, endpoints.</summary>
public sealed class BadgesPlugin : IHooksPlugin
{
    public const string Queue = "badges";

    public void ConfigureServices(IPluginContext context)
    {
        context.Services.AddOptions<BadgesOptions>().Bind(context.Configuration);
        context.AddDbContext<BadgesDb>();
        context.AddQueue(Queue);
        context.Services.TryAddSingleton(TimeProvider.System);
        context.Services.TryAddSingleton<ProjectDirectory>();
        context.Services.TryAddSingleton<BadgesGitLab>();
        context.Services.TryAddSingleton<RefreshMetrics>();
        context.Services.TryAddScoped<RefreshRequests>();
        context.Services.TryAddTransient<RefreshProjectJob>();
        context.Services.TryAddTransient<ReconcileAllJob>();
        context.Services.AddHostedService<ReconcileSchedule>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapBadgesApi();
}
