using System.Net;
using System.Net.Http.Headers;
using Hooks.Contracts.Platform;
using Hooks.Gateway.Tests.Support;

namespace Hooks.Gateway.Tests.RunLogs;

public sealed class RunLogEndpointFacts : IDisposable
{
    private const string Red = "\u001b[31mfailed\u001b[0m <here>";

    private readonly PlatformGateway _gateway = new();
    private readonly RunLogId _run = new("ci", Guid.NewGuid());

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task The_log_is_text_with_its_escape_codes_and_strip_removes_them()
    {
        await AppendAsync("first", Red);
        using var client = _gateway.CreateNetworkClient();

        using var raw = await client.GetAsync(LogPath);
        Assert.Equal("text/plain", raw.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"first\n{Red}\n", await raw.Content.ReadAsStringAsync());
        Assert.Equal("first\nfailed <here>\n", await client.GetStringAsync(LogPath + "?strip=true"));
    }

    [Fact]
    public async Task The_html_variant_turns_colours_into_spans_and_escapes_the_text()
    {
        await AppendAsync(Red);
        using var client = _gateway.CreateNetworkClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, LogPath);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var byAccept = await client.SendAsync(request);
        string byQuery = await client.GetStringAsync(LogPath + "?html=true");

        Assert.Equal("text/html", byAccept.Content.Headers.ContentType!.MediaType);
        const string Line = "<span id=\"L1\"><span style=\"color:#cd3131\">failed</span> &lt;here&gt;</span>";
        Assert.Contains(Line, await byAccept.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Line, byQuery, StringComparison.Ordinal);
        Assert.Contains("new EventSource('log/stream?html=true", byQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_run_is_not_found()
    {
        using var client = _gateway.CreateNetworkClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/runs/ci/no-such-run/log")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/runs/ci/no-such-run/log/stream")).StatusCode);
    }

    [Fact]
    public async Task The_stream_follows_lines_appended_while_connected_and_ends_with_an_end_event()
    {
        await AppendAsync("already there");
        using var client = _gateway.CreateNetworkClient();
        using var response = await client.GetAsync(LogPath + "/stream", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var events = new ServerSentEvents(await response.Content.ReadAsStreamAsync());

        Assert.Equal(new ServerSentEvent("message", "1", "already there"), await events.NextAsync());
        await AppendAsync(Red, "progress 1%\rprogress 100%");
        Assert.Equal(new ServerSentEvent("message", "2", Red), await events.NextAsync());
        Assert.Equal(new ServerSentEvent("message", "3", "progress 1%\nprogress 100%"), await events.NextAsync());
        await _gateway.RunLogs.CompleteAsync(_run, default);
        Assert.Equal(new ServerSentEvent("end", null, "3"), await events.NextAsync());
        Assert.Null(await events.NextAsync());
    }

    [Fact]
    public async Task The_stream_resumes_after_the_Last_Event_ID_or_the_from_offset()
    {
        await AppendAsync("1", "2", "3", "4");
        await _gateway.RunLogs.CompleteAsync(_run, default);
        using var client = _gateway.CreateNetworkClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, LogPath + "/stream");
        request.Headers.Add("Last-Event-ID", "2");

        using var resumed = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var fromHeader = await new ServerSentEvents(await resumed.Content.ReadAsStreamAsync()).AllAsync();
        using var offset = await client.GetAsync(LogPath + "/stream?from=3", HttpCompletionOption.ResponseHeadersRead);
        var fromQuery = await new ServerSentEvents(await offset.Content.ReadAsStreamAsync()).AllAsync();

        Assert.Equal(["3", "4", "4"], fromHeader.Select(e => e.Data));
        Assert.Equal(["3", "4", null], fromHeader.Select(e => e.Id));
        Assert.Equal(["4", "4"], fromQuery.Select(e => e.Data));
    }

    [Fact]
    public async Task The_html_stream_sends_each_line_rendered()
    {
        await AppendAsync(Red);
        await _gateway.RunLogs.CompleteAsync(_run, default);
        using var client = _gateway.CreateNetworkClient();

        using var response = await client.GetAsync(LogPath + "/stream?html=true", HttpCompletionOption.ResponseHeadersRead);
        var events = await new ServerSentEvents(await response.Content.ReadAsStreamAsync()).AllAsync();

        Assert.Equal("<span style=\"color:#cd3131\">failed</span> &lt;here&gt;", events[0].Data);
    }

    private string LogPath => $"/runs/{_run.Plugin}/{_run.Run}/log";

    private Task<long> AppendAsync(params string[] texts) =>
        _gateway.RunLogs.AppendAsync(_run, texts.Select(t => new OutputLine(DateTimeOffset.UtcNow, OutputChannel.Output, t)).ToList(), default);
}
