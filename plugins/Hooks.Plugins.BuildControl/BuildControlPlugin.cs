using Hooks.Contracts.Plugins;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Builds;
using Hooks.Plugins.BuildControl.Configuration;
using Hooks.Plugins.BuildControl.Distributions;
using Hooks.Plugins.BuildControl.Nodes;
using Hooks.Plugins.BuildControl.Pages;
using Hooks.Plugins.BuildControl.Platforms;
using Hooks.Plugins.BuildControl.Releases;
using Hooks.Plugins.BuildControl.Signing;
using Hooks.Plugins.BuildControl.Storage;
using Hooks.Plugins.BuildControl.TestTasks;
using Hooks.Plugins.BuildControl.Triggers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

[assembly: HooksPlugin(Hooks.Plugins.BuildControl.BuildControlPlugin.Id, "Build control (ALBS builds)", "1.0.0")]

namespace Hooks.Plugins.BuildControl;

/// <summary>
/// Builds of packages for platforms and architectures, handed to albs-node build nodes over their own protocol
/// (<c>api/v1/build_node/</c>, scope <c>build-node</c>), managed by users (<c>api/v1/builds/</c>, <c>api/v1/platforms/</c>,
/// scope <c>build-control</c>) and triggered from tag pushes (<c>Hooks:Plugins:build-control:Triggers</c>); then tested
/// by ALTS (<c>api/v1/tests/</c>, scope <c>test-node</c>), signed by albs-sign-node (<c>api/v1/sign-tasks/</c>, scope
/// <c>sign-node</c>; keys and sign tasks scope <c>sign</c>) and released into production repository folders
/// (<c>api/v1/releases/</c>, <c>api/v1/distro/</c>, scope <c>release</c>) by a job on the plugin's queue.
/// </summary>
public sealed class BuildControlPlugin : IHooksPlugin
{
    public const string Id = "build-control";
    public const string NodeScope = "build-node";
    public const string UserScope = "build-control";
    public const string TestNodeScope = "test-node";
    public const string SignNodeScope = "sign-node";
    public const string SignScope = "sign";
    public const string ReleaseScope = "release";
    public const string Queue = "build-control";

    public void ConfigureServices(IPluginContext context)
    {
        var options = context.Configuration.Get<BuildControlOptions>() ?? new BuildControlOptions();
        context.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        context.AddDbContext<BuildControlDb>();
        context.AddTokenScope(NodeScope);
        context.AddTokenScope(UserScope);
        context.AddTokenScope(TestNodeScope);
        context.AddTokenScope(SignNodeScope);
        context.AddTokenScope(SignScope);
        context.AddTokenScope(ReleaseScope);
        context.AddQueue(Queue, 1);
        context.Services.AddHttpClient(Id, client => client.Timeout = TimeSpan.FromMinutes(10));
        context.Services.TryAddSingleton(TimeProvider.System);
        context.Services.TryAddSingleton<BuildControlMetrics>();
        context.Services.TryAddScoped<BuildCreator>();
        context.Services.TryAddScoped<BuildActions>();
        context.Services.TryAddScoped<TaskHandOut>();
        context.Services.TryAddScoped<TaskPayloads>();
        context.Services.TryAddScoped<TaskReports>();
        context.Services.TryAddScoped<BuildTriggers>();
        context.Services.TryAddScoped<PageAccess>();
        context.Services.TryAddScoped<TestHandOut>();
        context.Services.TryAddScoped<TestTaskPayloads>();
        context.Services.TryAddScoped<SignHandOut>();
        context.Services.TryAddScoped<SignCompletion>();
        context.Services.TryAddScoped<ReleaseJobs>();
        context.Services.TryAddScoped<ReleaseFiles>();
        context.Services.TryAddScoped<Createrepo>();
        context.Services.TryAddTransient<ReleaseJob>();
        context.Services.AddHostedService<ReleaseRecovery>();
        context.Services.AddHostedService<BuildSweep>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapNodeApi();
        endpoints.MapBuildsApi();
        endpoints.MapPlatformsApi();
        endpoints.MapTestsApi();
        endpoints.MapSignKeysApi();
        endpoints.MapSignTasksApi();
        endpoints.MapDistributionsApi();
        endpoints.MapReleasesApi();
        endpoints.MapBuildPages();
    }
}
