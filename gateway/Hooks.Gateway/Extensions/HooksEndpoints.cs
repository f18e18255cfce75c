using Hangfire;
using Hooks.Contracts.Plugins;
using Hooks.Gateway.Auth;
using Hooks.Gateway.Ops;
using Hooks.Gateway.Pages;
using Hooks.Gateway.Receiving;
using Hooks.Gateway.RunLogs;
using Hooks.Gateway.Sources;

namespace Hooks.Gateway.Extensions;

public static class HooksEndpoints
{
    public static WebApplication MapHooksEndpoints(this WebApplication app, GatewayRoles roles)
    {
        _ = app.Services.GetRequiredService<SourceRegistry>(); // a wrong source setting stops the start, not a request
        app.UseHooksAuth();
        if (roles.Receiver)
        {
            app.MapHooksReceiver();
        }

        app.MapHealth();
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        app.MapAdminApi();
        app.MapTokensApi();
        app.MapHooksPages();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            // The admin policy guards /hangfire; Hangfire's own local-only check would refuse the token.
            Authorization = [],
            DisplayStorageConnectionString = false,
            DashboardTitle = "Hooks jobs",
        }).RequireAuthorization(HooksAuthorization.Admin);
        app.MapRunLogs();
        app.MapPluginEndpoints();
        return app;
    }
}
