using System.Collections.Concurrent;

namespace Hooks.Gateway.Receiving;

/// <summary>
/// What each source sent this process since it started: deliveries accepted (and redeliveries), deliveries refused by
/// reason, and when the last one came. For the home page; <c>/metrics</c> has the same counts for dashboards.
/// </summary>
public sealed class SourceActivity(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Counts> _sources = new(StringComparer.OrdinalIgnoreCase);

    public void Accepted(string source, bool duplicate)
    {
        var counts = _sources.GetOrAdd(source, _ => new Counts());
        Interlocked.Increment(ref duplicate ? ref counts.Duplicates : ref counts.Accepted);
        counts.LastAt = time.GetUtcNow();
    }

    public void Refused(string source, string reason, string message)
    {
        var counts = _sources.GetOrAdd(source, _ => new Counts());
        counts.Refused.AddOrUpdate(reason, 1, (_, n) => n + 1);
        counts.LastRefusal = message;
        counts.LastAt = time.GetUtcNow();
    }

    public SourceCounts For(string source) => _sources.TryGetValue(source, out var counts)
        ? new SourceCounts(Interlocked.Read(ref counts.Accepted), Interlocked.Read(ref counts.Duplicates), counts.Refused.ToDictionary(), counts.LastAt, counts.LastRefusal)
        : new SourceCounts(0, 0, new Dictionary<string, long>(), null, null);

    private sealed class Counts
    {
        public long Accepted;
        public long Duplicates;

        public ConcurrentDictionary<string, long> Refused { get; } = new();

        public DateTimeOffset? LastAt { get; set; }

        public string? LastRefusal { get; set; }
    }
}
