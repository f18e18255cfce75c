using Hooks.Contracts.Cli;
using Hooks.Contracts.Plugins;
using Hooks.Fixtures.Recorder.Api;
using Hooks.Fixtures.Recorder.Storage;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

[assembly: HooksPlugin("recorder", "Recorder (test fixture)", "1.0.0")]

namespace Hooks.Fixtures.Recorder;

public sealed class RecorderPlugin : IHooksPlugin, IHooksVerbs
{
    public const string Queue = "recorder";

    /// <summary>The scope of <c>/plugins/recorder/node</c>, the way build nodes will call a plugin.</summary>
    public const string NodeScope = "recorder-node";

    public const string ReaderScope = "recorder-reader";

    public void ConfigureServices(IPluginContext context)
    {
        context.AddDbContext<RecorderDb>();
        context.AddQueue(Queue);
        context.AddTokenScope(NodeScope);
        context.AddTokenScope(ReaderScope);
        context.Services.TryAddSingleton(RecorderSettings.From(context.Configuration));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapRecorderApi();

    /// <summary><c>hooks recorder greet &lt;name&gt; [--punctuation p]</c>: asks the running gateway for the recorder's greeting.</summary>
    public IEnumerable<CliVerb> Verbs =>
    [
        new("recorder greet", "Print the recorder's greeting for someone", ["name"], ["punctuation"], async (call, cancellationToken) =>
        {
            string greeting = await call.Gateway.GetStringAsync(new Uri("plugins/recorder/greeting", UriKind.Relative), cancellationToken);
            await call.Output.WriteLineAsync($"{greeting.Trim('"')}, {call.Values["name"]}{call.Values["punctuation"] ?? "."}");
            return 0;
        }),
    ];
}
