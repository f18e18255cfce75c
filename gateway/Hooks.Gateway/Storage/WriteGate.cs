namespace Hooks.Gateway.Storage;

/// <summary>
/// One writer at a time for a SQLite file, queued in memory: SQLite has a single writer, and one that finds the file
/// locked sleeps 150 ms before it tries again, far longer than the commits it waits for take.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim holds nothing to dispose unless its wait handle is used, and this one's never is.")]
public sealed class WriteGate
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public void Enter() => _writer.Wait();

    public Task EnterAsync(CancellationToken cancellationToken) => _writer.WaitAsync(cancellationToken);

    public void Leave() => _writer.Release();

    /// <summary>Enters and returns what leaves when disposed.</summary>
    public async Task<IDisposable> HoldAsync(CancellationToken cancellationToken)
    {
        await EnterAsync(cancellationToken);
        return new Holding(this);
    }

    private sealed class Holding(WriteGate gate) : IDisposable
    {
        public void Dispose() => gate.Leave();
    }
}
