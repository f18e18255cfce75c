using Hooks.Plugins.Dashboard.View;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hooks.Plugins.Dashboard.Tests.View;

public sealed class NightDaysFacts
{
    [Fact]
    public void In_winnipeg_a_pipeline_at_01_30_utc_belongs_to_the_day_before()
    {
        var nights = Nights("America/Winnipeg", new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        long nightly = new DateTimeOffset(2026, 11, 30, 1, 30, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

        Assert.Equal(new DateOnly(2026, 11, 29), nights.Of(nightly));
        Assert.Equal(new DateOnly(2026, 11, 30), nights.Today);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 6, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), nights.StartMs(new DateOnly(2026, 11, 29)));
    }

    [Fact]
    public void In_utc_the_same_pipeline_belongs_to_its_own_date_and_an_unknown_zone_means_utc()
    {
        long nightly = new DateTimeOffset(2026, 11, 30, 1, 30, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

        Assert.Equal(new DateOnly(2026, 11, 30), Nights("UTC", DateTimeOffset.UnixEpoch).Of(nightly));
        Assert.Equal(new DateOnly(2026, 11, 30), Nights("Mars/Olympus_Mons", DateTimeOffset.UnixEpoch).Of(nightly));
    }

    public static NightDays Nights(string zone, DateTimeOffset now) =>
        new(Options.Create(new DashboardOptions { TimeZone = zone }), new FakeTimeProvider(now), NullLogger<NightDays>.Instance);
}
