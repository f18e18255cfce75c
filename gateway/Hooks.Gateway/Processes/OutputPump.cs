using System.Threading.Channels;
using Hooks.Contracts.Platform;

namespace Hooks.Gateway.Processes;

/// <summary>
/// Takes the lines of both pipes in the order they arrive, stamps them, and appends them to the run log from one
/// loop: whatever has arrived since the last append goes in one transaction, so a chatty process costs few writes
/// and a quiet one has each line stored at once.
/// </summary>
internal sealed partial class OutputPump
{
    private const int MaxBatch = 1000;

    private readonly Channel<OutputLine> _lines = Channel.CreateUnbounded<OutputLine>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _order = new();
    private readonly IRunLogs _runLogs;
    private readonly ProcessRequest _request;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Task _loop;
    private long _count;

    public OutputPump(IRunLogs runLogs, ProcessRequest request, TimeProvider time, ILogger logger)
    {
        _runLogs = runLogs;
        _request = request;
        _time = time;
        _logger = logger;
        _loop = Task.Run(LoopAsync);
    }

    public long Count => Interlocked.Read(ref _count);

    /// <summary>Stamps a line and queues it; called by both pipe readers, so the stamp and the queue order agree.</summary>
    public void Add(OutputChannel channel, string text)
    {
        lock (_order)
        {
            _lines.Writer.TryWrite(new OutputLine(_time.GetUtcNow(), channel, text));
        }
    }

    /// <summary>No more lines will come: waits until every queued line is appended and handed on.</summary>
    public async Task CompleteAsync()
    {
        _lines.Writer.TryComplete();
        await _loop;
    }

    private async Task LoopAsync()
    {
        var batch = new List<OutputLine>();
        while (await _lines.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _lines.Reader.TryRead(out var line))
            {
                batch.Add(line);
            }

            Interlocked.Add(ref _count, batch.Count);
            await AppendAsync(batch);
            if (_request.OnLine is { } onLine)
            {
                foreach (var line in batch)
                {
                    await onLine(line);
                }
            }
        }
    }

    private async Task AppendAsync(List<OutputLine> batch)
    {
        if (_request.Log is not { } log)
        {
            return;
        }

        try
        {
            await _runLogs.AppendAsync(log, batch, CancellationToken.None);
        }
#pragma warning disable CA1031 // A store outage loses log lines, never the run: the process goes on and its result is returned.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.AppendFailed(_logger, log.ToString(), batch.Count, exception);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Run log {Run} lost {Count} lines: the store could not be written")]
        public static partial void AppendFailed(ILogger logger, string run, int count, Exception exception);
    }
}
