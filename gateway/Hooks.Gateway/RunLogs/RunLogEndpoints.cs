using System.Text;
using Hooks.Contracts.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.RunLogs;

/// <summary>
/// <c>GET /runs/{plugin}/{run}/log</c>: the whole log as text (<c>?strip=true</c> without escape codes), or as an HTML
/// page (<c>?html=true</c>, or a browser's <c>Accept: text/html</c>) that follows a running log live.
/// <c>GET /runs/{plugin}/{run}/log/stream</c>: server-sent events, one per line (the event id is the line's number),
/// from <c>Last-Event-ID</c> or <c>?from=N</c> (lines after N), ending with <c>event: end</c> when the run is
/// completed. Admin only, like every route that declares nothing, unless <c>Hooks:RunLogs:Public</c> is true.
/// </summary>
public static class RunLogEndpoints
{
    public const string GroupTag = "run-logs";

    private const int Page = 5000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static RouteGroupBuilder MapRunLogs(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/runs/{plugin}/{run}").WithTags(GroupTag);
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<RunLogOptions>>().Value.Public)
        {
            group.AllowAnonymous(); // logs meant for everyone who sees the plugins' public pages
        }

        group.MapGet("/log", ReadAsync);
        group.MapGet("/log/stream", StreamAsync);
        return group;
    }

    private static async Task<Results<PushStreamHttpResult, NotFound>> ReadAsync(
        string plugin, string run, bool? strip, bool? html, HttpRequest request, RunLogStore store, CancellationToken cancellationToken)
    {
        if (!RunLogId.IsValid(plugin) || !RunLogId.IsValid(run) || await store.FindAsync(new RunLogId(plugin, run), cancellationToken) is not { } info)
        {
            return TypedResults.NotFound();
        }

        if (html ?? WantsHtml(request))
        {
            return TypedResults.Stream(body => RunLogPage.WriteAsync(body, info, store, cancellationToken), "text/html; charset=utf-8");
        }

        return TypedResults.Stream(
            async body =>
            {
                await using var writer = new StreamWriter(body, Utf8, bufferSize: 64 * 1024);
                await foreach (var line in AllAsync(store, info.Run, cancellationToken))
                {
                    await writer.WriteAsync(strip == true ? AnsiText.Strip(line.Text) : line.Text);
                    await writer.WriteAsync('\n');
                }
            },
            "text/plain; charset=utf-8");
    }

    private static async Task StreamAsync(
        string plugin, string run, long? from, bool? html, HttpContext context, RunLogStore store, RunLogFollower follower, IOptions<RunLogOptions> options)
    {
        var cancellationToken = context.RequestAborted;
        if (!RunLogId.IsValid(plugin) || !RunLogId.IsValid(run) || await store.FindAsync(new RunLogId(plugin, run), cancellationToken) is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var id = new RunLogId(plugin, run);
        long after = from ?? (long.TryParse(context.Request.Headers["Last-Event-ID"], out long last) ? last : 0);
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync(cancellationToken);
        var events = new EventStream(response.Body);
        try
        {
            // Headers and a first field go out now: a client waiting for the response would otherwise wait for the first line.
            await events.RetryAsync(TimeSpan.FromSeconds(2), cancellationToken);
            while (true)
            {
                var step = await follower.NextAsync(id, after, options.Value.Heartbeat, cancellationToken);
                foreach (var line in step.Lines)
                {
                    await events.LineAsync(line.Number, html == true ? AnsiText.ToHtml(line.Text) : line.Text, cancellationToken);
                    after = line.Number;
                }

                if (step.Ended)
                {
                    await events.EndAsync(after, cancellationToken);
                    return;
                }

                if (step.Lines.Count == 0)
                {
                    await events.HeartbeatAsync(cancellationToken);
                }

                await events.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
    }

    internal static async IAsyncEnumerable<RunLogLine> AllAsync(
        RunLogStore store, RunLogId run, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long after = 0;
        IReadOnlyList<RunLogLine> page;
        do
        {
            page = await store.ReadAsync(run, after, Page, cancellationToken);
            foreach (var line in page)
            {
                after = line.Number;
                yield return line;
            }
        }
        while (page.Count == Page);
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
