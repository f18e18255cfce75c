using Hooks.Gateway.Receiving;

namespace Hooks.Gateway.Extensions;

public static class HooksEndpoints
{
    public static WebApplication MapHooksEndpoints(this WebApplication app)
    {
        app.MapHooksReceiver();
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "alive" }));
        return app;
    }
}
