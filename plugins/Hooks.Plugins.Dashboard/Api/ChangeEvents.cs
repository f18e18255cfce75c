using System.Globalization;
using System.Text;
using Hooks.Plugins.Dashboard.Live;
using Hooks.Plugins.Dashboard.Storage;
using Hooks.Plugins.Dashboard.View;
using Microsoft.AspNetCore.Http;

namespace Hooks.Plugins.Dashboard.Api;

/// <summary>
/// <c>GET /plugins/dashboard/api/events</c>: server-sent events, one <c>changed</c> event (data: the store's stamp) each
/// time the plugin stores something new. It wakes on this process's changes at once and reads the store every few
/// seconds for other processes' (a worker elsewhere classifying a log). A comment line keeps proxies from closing it.
/// </summary>
public static class ChangeEvents
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(HttpContext http, DashboardDb db, DashboardSignal signal)
    {
        var cancellationToken = http.RequestAborted;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        long sent = long.TryParse(http.Request.Query["since"], NumberStyles.Integer, CultureInfo.InvariantCulture, out long since) ? since : -1;
        try
        {
            await WriteAsync(http, "retry: 2000\n\n", cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                long stamp = await SnapshotLoader.StampAsync(db, cancellationToken);
                if (stamp != sent)
                {
                    sent = stamp;
                    await WriteAsync(http, $"event: changed\ndata: {stamp.ToString(CultureInfo.InvariantCulture)}\n\n", cancellationToken);
                }
                else
                {
                    await WriteAsync(http, ": keep-alive\n\n", cancellationToken);
                }

                await signal.WaitAsync(Poll, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // the page went away
        }
    }

    private static async Task WriteAsync(HttpContext http, string text, CancellationToken cancellationToken)
    {
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }
}
