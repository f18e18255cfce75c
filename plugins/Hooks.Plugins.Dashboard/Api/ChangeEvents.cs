using System.Globalization;
using System.Text;
using Hooks.Plugins.Dashboard.Live;
using Hooks.Plugins.Dashboard.Storage;
using Hooks.Plugins.Dashboard.View;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Hooks.Plugins.Dashboard.Api;

/// <summary>
/// <c>GET /plugins/dashboard/api/events</c>: server-sent events, one <c>changed</c> event (data: the store's stamp) each
/// time the plugin stores something new. It wakes on this process's changes at once and reads the store every few
/// seconds for other processes' (a worker elsewhere classifying a log). A comment line keeps proxies from closing it.
/// </summary>
public static class ChangeEvents
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(HttpContext http, DashboardDb db, DashboardSignal signal, IHostApplicationLifetime lifetime)
    {
        // Ends with the page, or when the gateway stops (an open stream would hold its shutdown until the timeout).
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var cancellationToken = ended.Token;
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
            // the page went away, or the gateway is stopping
        }
    }

    private static async Task WriteAsync(HttpContext http, string text, CancellationToken cancellationToken)
    {
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }
}
