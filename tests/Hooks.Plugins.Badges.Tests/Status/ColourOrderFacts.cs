using Hooks.Plugins.Badges.Status;

namespace Hooks.Plugins.Badges.Tests.Status;

public sealed class ColourOrderFacts
{
    [Fact]
    public void Devices_sharing_a_label_colour_stand_together_ordered_by_name_within()
    {
        DeviceState[] devices =
        [
            Device("Zeta", "#FF0000"), Device("Alpha", "#00FF00"), Device("Beta", "#ff0000"), Device("Gamma", "#0000FF"),
            Device("Delta", "#00FF00"), Device("Grey", "#808080"), Device("Odd", "red"),
        ];

        var sorted = ColourOrder.Sort(devices);

        Assert.Equal(["Beta", "Zeta", "Alpha", "Delta", "Gamma", "Grey", "Odd"], sorted.Select(d => d.Name));
    }

    [Theory]
    [InlineData("#FF0000", 0)]
    [InlineData("#FFFF00", 60)]
    [InlineData("#00FF00", 120)]
    [InlineData("#0000FF", 240)]
    [InlineData("#FF00FF", 300)]
    public void Hue_of_a_label_colour_is_its_angle_on_the_colour_wheel(string colour, double hue) =>
        Assert.Equal(hue, ColourOrder.Hue(colour), precision: 6);

    private static DeviceState Device(string name, string colour) => new("D:" + name, name, colour, DeviceStatus.Running, [], null);
}
