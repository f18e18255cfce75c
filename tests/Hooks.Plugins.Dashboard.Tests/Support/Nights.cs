namespace Hooks.Plugins.Dashboard.Tests.Support;

/// <summary>Times of nightly pipelines relative to now (the gateway's clock is the real one): 01:30 UTC of N days ago.</summary>
public static class Nights
{
    public static DateTimeOffset Ago(int days)
    {
        var today = DateTimeOffset.UtcNow.UtcDateTime.Date;
        var night = new DateTimeOffset(today.AddDays(-days).AddHours(1).AddMinutes(30), TimeSpan.Zero);
        return night > DateTimeOffset.UtcNow ? new DateTimeOffset(today.AddDays(-days).AddSeconds(1), TimeSpan.Zero) : night;
    }
}
