namespace Hooks.Gateway.Storage;

/// <summary>
/// One writer at a time for a SQLite file, queued in memory: SQLite has a single writer, and one that finds the file
/// locked sleeps 150 ms before it tries again, far longer than the commits it waits for take. Urgent writers (the
/// inbox, whose commits forges wait for) go before the others waiting, so dispatch never slows the answers.
/// </summary>
public sealed class WriteGate
{
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _urgent = new();
    private readonly Queue<TaskCompletionSource> _waiting = new();
    private bool _held;

    public void Enter() => EnterAsync(urgent: false).GetAwaiter().GetResult();

    /// <summary>Waits for the file; a waiter is not cancelled (writes are short), so every entry is left again.</summary>
    public Task EnterAsync(bool urgent)
    {
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return Task.CompletedTask;
            }

            var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (urgent ? _urgent : _waiting).Enqueue(turn);
            return turn.Task;
        }
    }

    public void Leave()
    {
        TaskCompletionSource? next;
        lock (_lock)
        {
            next = _urgent.Count > 0 ? _urgent.Dequeue() : _waiting.Count > 0 ? _waiting.Dequeue() : null;
            _held = next is not null;
        }

        next?.SetResult();
    }

    /// <summary>Enters and returns what leaves when disposed.</summary>
    public async Task<IDisposable> HoldAsync(bool urgent = false)
    {
        await EnterAsync(urgent);
        return new Holding(this);
    }

    private sealed class Holding(WriteGate gate) : IDisposable
    {
        public void Dispose() => gate.Leave();
    }
}
