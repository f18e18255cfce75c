using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.Badges.Status;

namespace Hooks.Plugins.Badges.Pages;

/// <summary>Every configured project with how many of its devices are in each state, linking to each project's page.</summary>
public static class IndexPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Render(IReadOnlyList<ProjectView> views, string basePath, IPageLayout layout)
    {
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $"""
            <h1>Device badges</h1><table><thead><tr><th>Project</th><th>Devices</th><th>Down</th><th>Limited</th><th>Refreshed</th><th>Problem</th></tr></thead><tbody>
            """);
        foreach (var view in views)
        {
            string refreshed = view.Tracked?.RefreshedAt is { } at ? $"{Age.Ago(view.Now - at)}" : "not yet";
            string problem = view.Project.Problem ?? view.Tracked?.LastError ?? "";
            page.Append(CultureInfo.InvariantCulture, $"""
                <tr data-project="{E(view.Project.Key)}"><td><a href="{E(basePath)}/{view.Project.Slug}">{E(view.Title)}</a></td>
                <td>{view.Devices.Count}</td><td class="down">{view.Devices.Count(d => d.Status == DeviceStatus.Down)}</td>
                <td class="limited">{view.Devices.Count(d => d.Status == DeviceStatus.Limited)}</td><td>{refreshed}</td><td>{E(problem)}</td></tr>
                """);
        }

        page.Append("</tbody></table>");
        return layout.Render("Device badges", page.ToString(), $"<style>{PageStyle.Css}</style>");
    }

    private static string E(string text) => Html.Encode(text);
}
