using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Dashboard.View;

/// <summary>
/// The day a pipeline belongs to: the date, in <c>TimeZone</c>, when it was created ("last night" seen from there: in
/// Winnipeg a pipeline at 01:30 UTC belongs to the day before). An unknown zone falls back to UTC, logged.
/// </summary>
public sealed partial class NightDays
{
    public NightDays(IOptions<DashboardOptions> options, TimeProvider time, ILogger<NightDays> logger)
    {
        Time = time;
        try
        {
            Zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            Log.UnknownZone(logger, options.Value.TimeZone);
            Zone = TimeZoneInfo.Utc;
        }
    }

    public TimeZoneInfo Zone { get; }

    public TimeProvider Time { get; }

    public DateOnly Of(long millis) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(millis), Zone).DateTime);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Time.GetUtcNow(), Zone).DateTime);

    /// <summary>The first instant of <paramref name="day"/> in the zone, as Unix milliseconds.</summary>
    public long StartMs(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUnixTimeMilliseconds();
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Hooks:Plugins:dashboard:TimeZone '{Zone}' is not a known IANA time zone; days are UTC dates")]
        public static partial void UnknownZone(ILogger logger, string zone);
    }
}
