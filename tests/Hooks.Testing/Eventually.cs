namespace Hooks.Testing;

/// <summary>Waits for something that happens behind an answer (a job, a dispatch), failing with a message after a limit.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        T last = await probe();
        while (!done(last))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"gave up waiting for {what}; last seen: {last}");
            }

            await Task.Delay(50);
            last = await probe();
        }

        return last;
    }
}
