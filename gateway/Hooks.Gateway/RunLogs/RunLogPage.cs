using System.Globalization;
using System.Net;
using System.Text;
using Hooks.Contracts.Platform;

namespace Hooks.Gateway.RunLogs;

/// <summary>
/// A run's log as a page: colours as spans, each line anchored (<c>#L12</c>); while the run goes on, a few lines of
/// script follow the event stream (rendered to HTML by the server) and append the new lines.
/// </summary>
internal static class RunLogPage
{
    private const string Style =
        "body{margin:0;background:#1e1e1e;color:#d4d4d4;font:13px/1.4 ui-monospace,monospace}"
        + "header{padding:8px 12px;background:#333;color:#fff;font-family:system-ui,sans-serif}"
        + "pre{margin:0;padding:8px 12px;white-space:pre-wrap;word-break:break-all}"
        + ".err{color:#f48771}";

    private const string Follow =
        """
        <script>
        const log = document.getElementById('log'), state = document.getElementById('state');
        const source = new EventSource('log/stream?html=true&from=' + (log.lastElementChild ? log.lastElementChild.id.slice(1) : 0));
        source.onmessage = e => {
          const atEnd = innerHeight + scrollY >= document.body.scrollHeight - 4;
          const line = document.createElement('span');
          line.id = 'L' + e.lastEventId;
          line.innerHTML = e.data;
          log.append(line, '\n');
          if (atEnd) scrollTo(0, document.body.scrollHeight);
        };
        source.addEventListener('end', () => { source.close(); state.textContent = 'finished'; });
        </script>
        """;

    public static async Task WriteAsync(Stream body, RunLogInfo info, RunLogStore store, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), bufferSize: 64 * 1024);
        string title = WebUtility.HtmlEncode(info.Run.ToString());
        await writer.WriteAsync($"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} log</title><style>{Style}</style></head><body>");
        await writer.WriteAsync($"<header>{title}: <span id=\"state\">{(info.IsCompleted ? "finished" : "running")}</span></header>");
        await writer.WriteAsync("<pre id=\"log\">");
        await foreach (var line in RunLogEndpoints.AllAsync(store, info.Run, cancellationToken))
        {
            await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"<span id=\"L{line.Number}\""));
            await writer.WriteAsync(line.Stream == OutputChannel.Error ? " class=\"err\">" : ">");
            await writer.WriteAsync(AnsiText.ToHtml(line.Text));
            await writer.WriteAsync("</span>\n");
        }

        await writer.WriteAsync("</pre>");
        if (!info.IsCompleted)
        {
            await writer.WriteAsync(Follow);
        }

        await writer.WriteAsync("</body></html>");
    }
}
