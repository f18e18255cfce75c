using System.Net;
using System.Text;
using Hooks.Contracts.Plugins;
using Hooks.Gateway.Plugins;

namespace Hooks.Gateway.Pages;

/// <summary>The shared layout: the gateway's name (<c>Hooks:Name</c>), navigation, the one stylesheet.</summary>
public sealed class PageLayout(PluginCatalog plugins, IConfiguration configuration) : IPageLayout
{
    public string Render(string title, string bodyHtml, string? headHtml = null)
    {
        string name = WebUtility.HtmlEncode(configuration["Hooks:Name"] ?? "Hooks");
        var nav = new StringBuilder();
        nav.Append("<a href=\"/\">Home</a><a href=\"/#deliveries-title\">Deliveries</a>");
        foreach (var plugin in plugins.Active)
        {
            nav.Append(System.Globalization.CultureInfo.InvariantCulture, $"<a href=\"/plugins/{plugin.Id}/\">{WebUtility.HtmlEncode(plugin.Name ?? plugin.Id)}</a>");
        }

        nav.Append("<a href=\"/hangfire\">Jobs</a>");
        return $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{WebUtility.HtmlEncode(title)}} · {{name}}</title>
            <link rel="stylesheet" href="/assets/hooks.css">{{headHtml}}</head>
            <body><header class="top"><a class="brand" href="/">{{name}}</a><nav>{{nav}}</nav></header>
            <main>{{bodyHtml}}</main></body></html>
            """;
    }
}
