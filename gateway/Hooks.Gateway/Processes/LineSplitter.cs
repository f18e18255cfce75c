using System.Text;
using Hooks.Contracts.Platform;

namespace Hooks.Gateway.Processes;

/// <summary>
/// Reads a pipe as bytes and hands on each line (split on <c>\n</c> only, a trailing <c>\r</c> dropped), so escape
/// codes and lone carriage returns are kept as written. A line longer than <see cref="MaxLineBytes"/> is cut in pieces.
/// Each pipe is read with blocking reads on a thread of its own: a pipe read on the thread pool waits behind whatever
/// else the pool is doing, and the two streams' lines then arrive out of order.
/// </summary>
internal static class LineSplitter
{
    public const int MaxLineBytes = 64 * 1024;

    public static Task StartAsync(Stream pipe, OutputChannel channel, OutputPump pump) =>
        Task.Factory.StartNew(() => Read(pipe, channel, pump), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void Read(Stream pipe, OutputChannel channel, OutputPump pump)
    {
        var buffer = new byte[16 * 1024];
        using var pending = new MemoryStream();
        int read;
        while ((read = pipe.Read(buffer)) > 0)
        {
            int start = 0;
            int end;
            while ((end = Array.IndexOf(buffer, (byte)'\n', start, read - start)) >= 0)
            {
                pending.Write(buffer, start, end - start);
                pump.Add(channel, Decode(pending));
                start = end + 1;
            }

            pending.Write(buffer, start, read - start);
            if (pending.Length >= MaxLineBytes)
            {
                pump.Add(channel, Decode(pending));
            }
        }

        if (pending.Length > 0)
        {
            pump.Add(channel, Decode(pending));
        }
    }

    private static string Decode(MemoryStream pending)
    {
        var bytes = pending.GetBuffer().AsSpan(0, (int)pending.Length);
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        string text = Encoding.UTF8.GetString(bytes);
        pending.SetLength(0);
        return text;
    }
}
