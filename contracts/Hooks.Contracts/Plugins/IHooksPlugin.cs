using Microsoft.AspNetCore.Routing;

namespace Hooks.Contracts.Plugins;

/// <summary>
/// The one registrator of a plugin, created with its parameterless constructor after the gateway has registered
/// its own services. Notification handlers (<c>INotificationHandler&lt;T&gt;</c> for the event records) in the
/// plugin's assembly are found and registered by the gateway; do not register them here.
/// </summary>
public interface IHooksPlugin
{
    /// <summary>Registers the plugin's services. Use <c>TryAdd*</c> so that the gateway's own services stay as they are.</summary>
    void ConfigureServices(IPluginContext context);

    /// <summary>Maps the plugin's HTTP endpoints and pages. <paramref name="endpoints"/> is rooted at <c>/plugins/&lt;id&gt;</c>.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
