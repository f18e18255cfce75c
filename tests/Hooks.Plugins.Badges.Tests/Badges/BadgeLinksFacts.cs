using Hooks.Plugins.Badges.Badges;
using Hooks.Plugins.Badges.Projects;
using Hooks.Plugins.Badges.Status;

namespace Hooks.Plugins.Badges.Tests.Badges;

public sealed class BadgeLinksFacts
{
    private static readonly BadgeProject Project = new("lab/scopes", null, null, null, null, new LabelRules(), null);

    [Fact]
    public void Images_are_the_gateways_svgs_by_default_and_shields_endpoints_when_asked()
    {
        var gateway = new BadgeLinks(new Uri("https://hooks.example.org/"), shields: false);
        var shields = new BadgeLinks(new Uri("https://hooks.example.org"), shields: true);

        Assert.Equal("https://hooks.example.org/plugins/badges/lab%2Fscopes/Laser%20%231.svg", gateway.Image(Project, "Laser #1"));
        Assert.Equal(
            "https://img.shields.io/endpoint?url=https%3A%2F%2Fhooks.example.org%2Fplugins%2Fbadges%2Flab%252Fscopes%2FLaser%2520%25231.json",
            shields.Image(Project, "Laser #1"));
    }

    [Fact]
    public void A_device_with_issues_links_to_them_last_updated_first_and_one_without_to_the_board()
    {
        var troubled = new DeviceState("D:Laser #1", "Laser #1", "#FF0000", DeviceStatus.Limited, [3], null);
        var fine = troubled with { Status = DeviceStatus.Running, Issues = [] };

        Assert.Equal(
            "https://gitlab.example.org/lab/scopes/-/issues?state=opened&sort=updated_desc&label_name%5B%5D=D%3ALaser%20%231",
            BadgeLinks.Issues("https://gitlab.example.org/lab/scopes/", troubled));
        Assert.Equal("https://gitlab.example.org/lab/scopes/-/boards", BadgeLinks.Issues("https://gitlab.example.org/lab/scopes", fine));
    }
}
