using Hooks.Contracts.Plugins;
using Hooks.Plugins.Badges.Api;
using Hooks.Plugins.Badges.GitLab;
using Hooks.Plugins.Badges.Jobs;
using Hooks.Plugins.Badges.Projects;
using Hooks.Plugins.Badges.Storage;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;

[assembly: HooksPlugin("badges", "Device badges (GitLab traffic light)", "1.0.0")]

namespace Hooks.Plugins.Badges;

/// <summary>Registers the traffic light: options, storage, the GitLab client, refresh and reconcile jobs, endpoints.</summary>
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
        context.Services.TryAddSingleton<GitLabApiFactory>();
        context.Services.TryAddSingleton<RefreshMetrics>();
        context.Services.TryAddScoped<RefreshRequests>();
        context.Services.TryAddTransient<RefreshProjectJob>();
        context.Services.TryAddTransient<ReconcileAllJob>();
        context.Services.AddHostedService<ReconcileSchedule>();
        // The resilience handler's total timeout governs; HttpClient's own 100 s would cut it short.
        context.Services.AddHttpClient(GitLabApiFactory.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler(Resilience)
            .SelectPipelineByAuthority();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapBadgesApi();

    /// <summary>
    /// Quick retries of a failed call (5xx, 429, timeouts) before the refresh job's own Hangfire retries; never of a
    /// badge creation (POST), which may have happened. One circuit per GitLab host, so one failing instance stops no other.
    /// </summary>
    internal static void Resilience(HttpStandardResilienceOptions options)
    {
        options.Retry.DisableForUnsafeHttpMethods();
        options.Retry.MaxRetryAttempts = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(500);
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(30);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(2);
    }
}
