using Hangfire;
using Hooks.Gateway.Ops;
using Hooks.Gateway.Receiving;
using Hooks.Gateway.RunLogs;
using Hooks.Gateway.Sources;

namespace Hooks.Gateway.Extensions;

public static class HooksEndpoints
{
    public static WebApplication MapHooksEndpoints(this WebApplication app, GatewayRoles roles)
    {
        _ = app.Services.GetRequiredService<SourceRegistry>(); // a wrong source setting stops the start, not a request
        app.UseMiddleware<AdminGate>();
        if (roles.Receiver)
        {
            app.MapHooksReceiver();
        }

        app.MapHealth();
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapAdminApi();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            // AdminGate guards /hangfire (localhost or the admin token); Hangfire's own local-only check would refuse the token.
            Authorization = [],
            DisplayStorageConnectionString = false,
            DashboardTitle = "Hooks jobs",
        });
        app.MapRunLogs();
        app.MapPluginEndpoints();
        return app;
    }
}
