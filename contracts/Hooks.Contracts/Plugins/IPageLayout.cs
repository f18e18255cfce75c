namespace Hooks.Contracts.Plugins;

/// <summary>
/// One layout for every page a person looks at, so the gateway and its plugins look like one product: a header with
/// the gateway's name, navigation to the home page, the deliveries, every loaded plugin's pages and the job dashboard,
/// and one stylesheet (<c>/assets/hooks.css</c>) that follows the reader's light or dark preference.
/// </summary>
public interface IPageLayout
{
    /// <summary>A whole HTML page around <paramref name="bodyHtml"/> (already escaped), titled <paramref name="title"/> (escaped here).</summary>
    /// <param name="title">The page's title, plain text.</param>
    /// <param name="bodyHtml">The page's content, HTML.</param>
    /// <param name="headHtml">More for the head (a page's own style or script), HTML, or null.</param>
    string Render(string title, string bodyHtml, string? headHtml = null);
}
