namespace Hooks.Plugins.Dashboard.Live;

/// <summary>Wakes the pages' event streams in this process when the plugin stored something new.</summary>
public sealed class DashboardSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Changed()
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            done = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }

    /// <summary>Waits for the next change, or <paramref name="atMost"/> (other processes' changes are found by reading the store).</summary>
    public async Task WaitAsync(TimeSpan atMost, CancellationToken cancellationToken)
    {
        Task next;
        lock (_gate)
        {
            next = _next.Task;
        }

        await Task.WhenAny(next, Task.Delay(atMost, cancellationToken));
    }
}
