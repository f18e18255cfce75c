namespace Hooks.Plugins.Dashboard.Ingest;

/// <summary>Times are stored as Unix milliseconds, which SQLite and PostgreSQL compare and order alike.</summary>
public static class Millis
{
    public static long? Of(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();

    public static DateTimeOffset? Time(long? millis) => millis is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
}
