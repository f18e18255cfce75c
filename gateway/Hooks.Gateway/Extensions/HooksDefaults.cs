using Hooks.Gateway.Ops;
using Hooks.Gateway.Receiving;

namespace Hooks.Gateway.Extensions;

public static class HooksDefaults
{
    public static WebApplicationBuilder AddHooksDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<GatewayMetrics>();
        builder.Services.AddOptions<ReceiveOptions>().Bind(builder.Configuration.GetSection("Hooks:Receive"));
        return builder;
    }
}
