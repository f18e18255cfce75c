using Hooks.Contracts.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

[assembly: HooksPlugin("flaky", "Flaky (test fixture)", "1.0.0")]

namespace Hooks.Fixtures.Flaky;

public sealed class FlakyPlugin : IHooksPlugin
{
    public void ConfigureServices(IPluginContext context)
    {
        var settings = new FlakySettings(
            context.Configuration.GetValue("FailuresBeforeSuccess", 1),
            context.Configuration["AttemptsFile"] ?? Path.Combine(Path.GetTempPath(), "hooks-flaky-attempts.log"));
        context.Services.TryAddSingleton(settings);
    }
}

public sealed record FlakySettings(int FailuresBeforeSuccess, string AttemptsFile);
