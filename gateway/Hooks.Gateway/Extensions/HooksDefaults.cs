using Hooks.Gateway.Dispatch;
using Hooks.Gateway.Ops;
using Hooks.Gateway.Receiving;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hooks.Gateway.Extensions;

public static class HooksDefaults
{
    public static WebApplicationBuilder AddHooksDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<GatewayMetrics>();
        builder.Services.AddSingleton<SourceActivity>();
        builder.Services.AddOptions<ReceiveOptions>().Bind(builder.Configuration.GetSection("Hooks:Receive"));
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("hooks-gateway"))
            .WithTracing(tracing => tracing
                .AddSource(GatewayTracing.SourceName)
                // Deliveries get the receiver's own, lighter activity (ReceiveEndpoint); this instrumentation costs a
                // fifth of a delivery's CPU. Scrapes are not traced at all.
                .AddAspNetCoreInstrumentation(options => options.Filter = context =>
                    !context.Request.Path.StartsWithSegments("/metrics") && !context.Request.Path.StartsWithSegments("/hooks"))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(GatewayMetrics.MeterName, GatewayMetrics.PluginMeters)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddPrometheusExporter(options => options.ScrapeResponseCacheDurationMilliseconds = 0));
        return builder;
    }
}
