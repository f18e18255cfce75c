using Hooks.Contracts.Forges.GitLab;
using Hooks.Plugins.Badges.Projects;
using Hooks.Plugins.Badges.Status;

namespace Hooks.Plugins.Badges.Badges;

/// <summary>Where a device's badge points: its image here (or at shields.io), its link to the device's open issues or the board.</summary>
public sealed class BadgeLinks(Uri publicUrl, bool shields)
{
    private readonly string _root = publicUrl.AbsoluteUri.TrimEnd('/') + "/plugins/badges/";

    public string Svg(BadgeProject project, string device) => $"{_root}{project.Slug}/{Uri.EscapeDataString(device)}.svg";

    public string ShieldsJson(BadgeProject project, string device) => $"{_root}{project.Slug}/{Uri.EscapeDataString(device)}.json";

    public string Image(BadgeProject project, string device) => shields
        ? "https://img.shields.io/endpoint?url=" + Uri.EscapeDataString(ShieldsJson(project, device))
        : Svg(project, device);

    /// <summary>The device's open issues, last updated first; the issue board when it has none.</summary>
    public static string Issues(string projectWebUrl, DeviceState device) => device.Issues.Count == 0
        ? projectWebUrl.TrimEnd('/') + "/-/boards"
        : $"{projectWebUrl.TrimEnd('/')}/-/issues?state=opened&sort=updated_desc&label_name%5B%5D={Uri.EscapeDataString(device.Label)}";

    public GitLabBadgeFields For(BadgeProject project, string projectWebUrl, DeviceState device) =>
        new(OwnedBadges.NameFor(device.Label), Issues(projectWebUrl, device), Image(project, device.Name));
}
