using System.Collections.Concurrent;

namespace Hooks.Gateway.Workspaces;

/// <summary>
/// One fetch at a time into a mirror: a semaphore per mirror for this process's checkouts, and an exclusive lock on
/// the mirror's <c>.lock</c> file (flock) for other processes sharing the data directory.
/// </summary>
public sealed class MirrorLock
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _local = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable> AcquireAsync(string lockFile, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var local = _local.GetOrAdd(lockFile, _ => new SemaphoreSlim(1, 1));
        if (!await local.WaitAsync(timeout, cancellationToken))
        {
            throw new TimeoutException($"another checkout held the mirror lock {lockFile} for {timeout}");
        }

        try
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                try
                {
                    var file = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    return new Held(local, file);
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(Retry, cancellationToken);
                }
            }
        }
        catch
        {
            local.Release();
            throw;
        }
    }

    private sealed class Held(SemaphoreSlim local, FileStream file) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await file.DisposeAsync();
            local.Release();
        }
    }
}
