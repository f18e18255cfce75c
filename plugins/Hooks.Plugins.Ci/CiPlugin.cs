using Hooks.Contracts.Cli;
using Hooks.Contracts.Platform;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.Ci.Api;
using Hooks.Plugins.Ci.Building;
using Hooks.Plugins.Ci.Cli;
using Hooks.Plugins.Ci.Configuration;
using Hooks.Plugins.Ci.Queueing;
using Hooks.Plugins.Ci.Storage;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

[assembly: HooksPlugin(Hooks.Plugins.Ci.CiPlugin.Id, "CI (ocelot.yml pipelines)", "1.0.0")]

namespace Hooks.Plugins.Ci;

/// <summary>
/// CI as Ocelot did it: a push or pull request builds its commit per the repository's <c>ocelot.yml</c>, in a Docker
/// container of its <c>image</c> (queue <c>ci</c>) or as processes on a worker tagged with its <c>machineTag</c> (queue
/// <c>ci-&lt;tag&gt;</c>). A worker serves <c>ci</c> when <c>Hooks:Plugins:ci:Docker</c> says so (default: when a Docker
/// daemon answers at start) and <c>ci-&lt;tag&gt;</c> for each of <c>Hooks:Plugins:ci:MachineTags</c>.
/// </summary>
public sealed class CiPlugin : IHooksPlugin, IHooksVerbs
{
    public const string Id = "ci";
    public const string Queue = "ci";
    public const string Scope = "ci";

    public IEnumerable<CliVerb> Verbs => [BuildVerb.Verb, KillVerb.Verb];

    public static string TagQueue(string tag) => "ci-" + tag;

    public static RunLogId Log(long build) => new(Id, build.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void ConfigureServices(IPluginContext context)
    {
        var options = context.Configuration.Get<CiOptions>() ?? new CiOptions();
        var settings = new CiSettings(options, options.Docker ?? DockerEngine.Answers(options.DockerEndpoint));
        context.Services.AddSingleton(settings);
        context.AddDbContext<CiDb>();
        foreach (string queue in settings.Queues)
        {
            context.AddQueue(queue, options.Workers);
        }

        context.AddTokenScope(Scope);
        context.Services.AddHttpClient(Id, client => client.Timeout = TimeSpan.FromSeconds(30));
        context.Services.TryAddSingleton(TimeProvider.System);
        context.Services.TryAddSingleton<BuildMetrics>();
        context.Services.TryAddSingleton<BuildLinks>();
        context.Services.TryAddSingleton<DockerEngine>();
        context.Services.TryAddSingleton<DockerExecutor>();
        context.Services.TryAddSingleton<ProcessExecutor>();
        context.Services.TryAddScoped<ConfigSource>();
        context.Services.TryAddScoped<CommitStatusReporter>();
        context.Services.TryAddScoped<BuildIntake>();
        context.Services.TryAddScoped<SlackNotice>();
        context.Services.TryAddScoped<Subscribers>();
        context.Services.TryAddScoped<BuildEnd>();
        context.Services.TryAddScoped<BuildRun>();
        context.Services.TryAddTransient<BuildJob>();
        context.Services.AddHostedService<BuildRecovery>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCiApi();
}
