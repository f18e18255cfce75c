namespace Hooks.Gateway.RunLogs;

/// <summary>Wakes this process's followers when this process appends or completes a log (other processes are polled).</summary>
public sealed class RunLogSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next pulse: take it before looking at the store, so no pulse is missed in between.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Pulse() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
