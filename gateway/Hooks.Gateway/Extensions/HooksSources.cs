using Hooks.Contracts.Plugins;
using Hooks.Gateway.Sources;

namespace Hooks.Gateway.Extensions;

public static class HooksSources
{
    public static WebApplicationBuilder AddHooksSources(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => SourceRegistry.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<ISourceDirectory>(sp => sp.GetRequiredService<SourceRegistry>());
        return builder;
    }
}
