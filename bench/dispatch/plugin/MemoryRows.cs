using System.Collections.Concurrent;

namespace Hooks.Bench.Plugin;

/// <summary>
/// With <c>Hooks:Plugins:&lt;id&gt;:InMemory=true</c> the handler keeps its rows here instead of in the database, so the
/// benchmark can tell the gateway's own cost per delivery from a handler's database write.
/// </summary>
public sealed class MemoryRows(bool enabled)
{
    public bool Enabled { get; } = enabled;

    public ConcurrentQueue<HandledEvent> Rows { get; } = new();
}
