using Hooks.Contracts.Cli;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.PackageBuilds.Api;
using Hooks.Plugins.PackageBuilds.Building;
using Hooks.Plugins.PackageBuilds.Cli;
using Hooks.Plugins.PackageBuilds.Configuration;
using Hooks.Plugins.PackageBuilds.Queueing;
using Hooks.Plugins.PackageBuilds.Storage;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

[assembly: HooksPlugin(Hooks.Plugins.PackageBuilds.PackageBuildsPlugin.Id, "Package builds (amp_ci)", "1.0.0")]

namespace Hooks.Plugins.PackageBuilds;

/// <summary>
/// Registers package builds from the YAML file named by <c>Hooks:Plugins:package-builds:ConfigFile</c>: a file that is
/// missing or wrong stops the plugin at start, with the file, the line and the reason on <c>/api/plugins</c>. Without a
/// file named, the plugin runs unconfigured and records every push as ignored, saying why.
/// </summary>
public sealed class PackageBuildsPlugin : IHooksPlugin, IHooksVerbs
{
    public const string Id = "package-builds";
    public const string Queue = "package-builds";
    public const string Scope = "package-builds";

    public IEnumerable<CliVerb> Verbs => [TriggerVerb.Verb];

    public void ConfigureServices(IPluginContext context)
    {
        var options = context.Configuration.Get<PackageBuildsOptions>() ?? new PackageBuildsOptions();
        var config = options.ConfigFile is { Length: > 0 } file ? BuildConfigReader.Read(file) : BuildConfig.Unconfigured;
        context.Services.AddSingleton(new BuildSettings(config, options));
        context.AddDbContext<BuildsDb>();
        context.AddQueue(Queue, config.Workers);
        context.AddTokenScope(Scope);
        context.Services.AddHttpClient(Id, client => client.Timeout = TimeSpan.FromSeconds(30));
        context.Services.TryAddSingleton(TimeProvider.System);
        context.Services.TryAddSingleton<BuildMetrics>();
        context.Services.TryAddSingleton<BuildLinks>();
        context.Services.TryAddScoped<BuildRequests>();
        context.Services.TryAddScoped<FailureNotice>();
        context.Services.TryAddScoped<BuildRun>();
        context.Services.TryAddTransient<BuildJob>();
        context.Services.TryAddTransient<FanOutJob>();
        context.Services.AddHostedService<BuildRecovery>();
        context.Services.AddHostedService<ConfigWarnings>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapBuildsApi();
}
