using Hooks.Contracts.Plugins;
using Microsoft.AspNetCore.Routing;

[assembly: HooksPlugin("sample-ci", "Sample CI (test fixture)", "1.0.0")]

namespace Hooks.Fixtures.SampleCi;

public sealed class SampleCiPlugin : IHooksPlugin
{
    public const string Queue = "sample-ci";

    public void ConfigureServices(IPluginContext context) => context.AddQueue(Queue, workers: 1);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
