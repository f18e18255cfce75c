using System.Xml.Linq;
using Hooks.Plugins.Badges.Pages;
using Hooks.Plugins.Badges.Status;

namespace Hooks.Plugins.Badges.Tests.Pages;

public sealed class SvgBadgeFacts
{
    [Theory]
    [InlineData(DeviceStatus.Running, "RUNNING · 3 h", "#44cc11")]
    [InlineData(DeviceStatus.Limited, "LIMITED · 3 h", "#dfb317")]
    [InlineData(DeviceStatus.Down, "DOWN · 3 h", "#e05d44")]
    public void A_badge_shows_device_status_and_age_in_the_status_colour(DeviceStatus status, string message, string colour)
    {
        var svg = XDocument.Parse(SvgBadge.ForDevice("Krios <2>", status, TimeSpan.FromHours(3.5)));

        var texts = Texts(svg);
        Assert.Contains("Krios <2>", texts);
        Assert.Contains(message, texts);
        Assert.Contains(colour, Fills(svg));
    }

    [Fact]
    public void Running_with_information_adds_a_blue_info_segment()
    {
        var svg = XDocument.Parse(SvgBadge.ForDevice("Talos", DeviceStatus.RunningInfo, TimeSpan.FromDays(2)));

        Assert.Equal(["Talos", "RUNNING · 2 d", "INFO"], Texts(svg).Distinct());
        Assert.Equal(["#555", "#44cc11", "#007ec6"], Fills(svg).Where(f => f.StartsWith('#') && f != "#fff").Take(3));
    }

    [Fact]
    public void Segments_are_wide_enough_for_longer_text()
    {
        double Width(string device) => double.Parse(XDocument.Parse(SvgBadge.ForDevice(device, DeviceStatus.Down, TimeSpan.Zero)).Root!.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(Width("Krios with a very long name") > Width("Krios") + 100);
    }

    private static XNamespace Svg => "http://www.w3.org/2000/svg";

    private static List<string> Texts(XDocument svg) => [.. svg.Descendants(Svg + "text").Select(t => t.Value)];

    private static List<string> Fills(XDocument svg) => [.. svg.Descendants(Svg + "rect").Select(r => (string?)r.Attribute("fill") ?? "")];
}
