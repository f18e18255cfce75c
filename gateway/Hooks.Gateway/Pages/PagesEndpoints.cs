using Hooks.Contracts.Plugins;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Ops;
using Hooks.Gateway.Plugins;
using Hooks.Gateway.Receiving;
using Hooks.Gateway.Sources;

namespace Hooks.Gateway.Pages;

/// <summary>The operator's pages (admin only: browsers ask for the token as a password) and the shared assets (public).</summary>
public static class PagesEndpoints
{
    public static IEndpointRouteBuilder MapHooksPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/assets/hooks.css", () => Results.Text(Stylesheet.Css, "text/css")).AllowAnonymous();
        endpoints.MapGet("/assets/console.js", () => Results.Text(ConsoleScript.Js, "text/javascript")).AllowAnonymous();
        var pages = endpoints.MapGroup("").RequireAuthorization(HooksAuthorization.Admin);
        pages.MapGet("/", (HttpRequest request, SourceRegistry sources, SourceActivity activity, PluginCatalog plugins, IPageLayout layout, IConfiguration configuration) =>
            Results.Content(HomePage.Render(request, sources, activity, plugins, layout, configuration), "text/html; charset=utf-8"));
        pages.MapGet("/deliveries/{id:guid}", async (Guid id, IInboxStore store, IPageLayout layout, CancellationToken cancellationToken) =>
            await DeliveryView.LoadAsync(store, id, cancellationToken) is { } view
                ? Results.Content(DeliveryPage.Render(view, layout), "text/html; charset=utf-8")
                : Results.Content(layout.Render("Not found", $"<h1>No delivery {id}</h1><p><a href=\"/\">All deliveries</a></p>"), "text/html; charset=utf-8", statusCode: 404));
        return endpoints;
    }
}
