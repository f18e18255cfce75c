namespace Hooks.Contracts.Platform;

/// <summary>
/// Keeps a long run's lease alive and watches for a request to stop it, for plugins whose runs (builds) hold a row of
/// their own under a lease so that a run whose process died is taken up again: every second it asks whether the run
/// must stop; every third of the lease it renews it. <see cref="Token"/> fires when a stop was asked for, when the
/// lease was lost (the renewal found another attempt holding the run), or when the process shuts down. A renewal or
/// question that fails (the store away for a moment) is tried again at the next tick: the lease outlasts a few.
/// </summary>
public sealed class RunLeaseWatch : IAsyncDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private readonly Func<CancellationToken, Task<bool>> _renew;
    private readonly Func<CancellationToken, Task<bool>> _stopRequested;
    private readonly TimeSpan _lease;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop;
    private readonly Task _watching;

    /// <param name="renew">Extends the lease, fenced by the run's id; false when this run no longer holds it.</param>
    /// <param name="stopRequested">Whether someone asked the run to stop (a cancel or kill from the API).</param>
    /// <param name="lease">How long the lease lasts without renewal.</param>
    /// <param name="time">The clock.</param>
    /// <param name="shutdown">The process's stopping token.</param>
    public RunLeaseWatch(
        Func<CancellationToken, Task<bool>> renew, Func<CancellationToken, Task<bool>> stopRequested, TimeSpan lease, TimeProvider time, CancellationToken shutdown)
    {
        _renew = renew;
        _stopRequested = stopRequested;
        _lease = lease;
        _time = time;
        Shutdown = shutdown;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
        _watching = WatchAsync();
    }

    /// <summary>Fires when the run must stop: see <see cref="StopRequested"/>, <see cref="Lost"/> and <see cref="Shutdown"/>.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>The process's stopping token.</summary>
    public CancellationToken Shutdown { get; }

    /// <summary>Someone asked the run to stop.</summary>
    public bool StopRequested { get; private set; }

    /// <summary>Another attempt holds the run now: this one must stop without writing its result.</summary>
    public bool Lost { get; private set; }

    /// <summary>Stops watching.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _stop.Dispose();
    }

    private async Task WatchAsync()
    {
        long renewed = _time.GetTimestamp();
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Tick, _time, _stop.Token);
                if (_time.GetElapsedTime(renewed) >= _lease / 3)
                {
                    Lost = !await _renew(CancellationToken.None);
                    renewed = _time.GetTimestamp();
                }

                StopRequested = await _stopRequested(CancellationToken.None);
                if (StopRequested || Lost)
                {
                    await _stop.CancelAsync();
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The store away for a moment: the lease outlasts a few missed renewals.
            catch (Exception) when (!_stop.IsCancellationRequested)
#pragma warning restore CA1031
            {
            }
        }
    }
}
