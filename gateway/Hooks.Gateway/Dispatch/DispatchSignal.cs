using System.Threading.Channels;

namespace Hooks.Gateway.Dispatch;

/// <summary>Wakes the dispatcher when new deliveries are stored (here, or by another instance via LISTEN).</summary>
public sealed class DispatchSignal
{
    private readonly Channel<bool> _pulses = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Pulse() => _pulses.Writer.TryWrite(true);

    /// <summary>Waits for a pulse or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _pulses.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }
}
