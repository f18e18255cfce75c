using System.Globalization;
using System.Text;

namespace Hooks.Gateway.RunLogs;

/// <summary>
/// Writes server-sent events. A line's text goes in <c>data:</c> fields; a carriage return inside it would end the
/// field, so the text is cut there into several fields (a client joins them with a line feed).
/// </summary>
internal sealed class EventStream(Stream body)
{
    private readonly StringBuilder _pending = new();

    public Task LineAsync(long number, string text, CancellationToken cancellationToken)
    {
        _pending.Append("id: ").Append(number.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (string part in text.Split('\r'))
        {
            _pending.Append("data: ").Append(part).Append('\n');
        }

        _pending.Append('\n');
        return _pending.Length > 32 * 1024 ? FlushAsync(cancellationToken) : Task.CompletedTask;
    }

    public async Task EndAsync(long last, CancellationToken cancellationToken)
    {
        _pending.Append("event: end\ndata: ").Append(last.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        await FlushAsync(cancellationToken);
    }

    /// <summary>How long a browser's EventSource waits before it reconnects (with <c>Last-Event-ID</c>).</summary>
    public Task RetryAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        _pending.Append("retry: ").Append(((long)delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        return FlushAsync(cancellationToken);
    }

    public Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        _pending.Append(": keep-alive\n\n");
        return FlushAsync(cancellationToken);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Length > 0)
        {
            await body.WriteAsync(Encoding.UTF8.GetBytes(_pending.ToString()), cancellationToken);
            _pending.Clear();
        }

        await body.FlushAsync(cancellationToken);
    }
}
