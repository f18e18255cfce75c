using System.Text;

namespace Hooks.Gateway.Tests.Support;

/// <summary>Reads a <c>text/event-stream</c> by the specification's rules (comments skipped, data fields joined with a line feed).</summary>
public sealed class ServerSentEvents(Stream stream)
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    /// <summary>The next event, or null at the end of the stream; fails after ten seconds without one.</summary>
    public async Task<ServerSentEvent?> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string type = "message";
        string? id = null;
        var data = new List<string>();
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Count > 0)
                {
                    return new ServerSentEvent(type, id, string.Join('\n', data));
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string field = colon < 0 ? line : line[..colon];
            string value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "event": type = value; break;
                case "id": id = value; break;
                case "data": data.Add(value); break;
                default: break;
            }
        }

        return null;
    }

    public async Task<List<ServerSentEvent>> AllAsync()
    {
        var all = new List<ServerSentEvent>();
        while (await NextAsync() is { } next)
        {
            all.Add(next);
        }

        return all;
    }
}
